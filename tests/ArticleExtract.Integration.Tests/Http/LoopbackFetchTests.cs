using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using ArticleExtract.Http;
using ArticleExtract.Integration.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ArticleExtract.Integration.Tests.Http;

/// <summary>The registered client with its real handler, against a server on 127.0.0.1 (no other network).</summary>
public sealed class LoopbackFetchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_real_handler_follows_a_redirect_decompresses_and_honours_the_charset()
    {
        var gzipped = Gzip(SamplePages.CyrillicStory());
        await using var server = new LoopbackServer(path => path switch
        {
            "/start" => LoopbackServer.Response("301 Moved Permanently", ["Location: /story"], []),
            _ => LoopbackServer.Response("200 OK", ["Content-Type: text/html; charset=windows-1251", "Content-Encoding: gzip"], gzipped),
        });
        using var provider = Provider();

        var result = await provider.GetRequiredService<IArticleFetcher>().FetchAsync(new Uri(server.BaseAddress, "/start"), Ct);

        Assert.True(result.Succeeded, result.Failure?.Message ?? result.Extraction?.Failure?.Message);
        Assert.Equal(SamplePages.CyrillicHeadline, result.Article.Headline);
        Assert.Equal(new Uri(server.BaseAddress, "/story"), result.FinalUrl);
    }

    [Fact]
    public async Task A_closed_port_is_a_connection_failure()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var provider = Provider();

        var result = await provider.GetRequiredService<IArticleFetcher>().FetchAsync(new Uri($"http://127.0.0.1:{port}/"), Ct);

        Assert.Equal(FetchFailureReason.ConnectionFailed, result.Failure?.Reason);
    }

    private static ServiceProvider Provider()
    {
        var services = new ServiceCollection();
        services.AddArticleExtractorHttp(o => o.Timeout = TimeSpan.FromSeconds(10));
        return services.BuildServiceProvider();
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }
}
