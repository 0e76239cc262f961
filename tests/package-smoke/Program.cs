// The package consumer check (issue 9): a console app that knows ArticleExtract only as NuGet packages resolves
// IArticleExtractor through AddArticleExtractor(), extracts the seed fixtures and compares every field with their
// .expected.json, then fetches one of them from a loopback server through IArticleFetcher (ArticleExtract.Http).
// run.sh writes the project file around it; it is not part of ArticleExtract.sln. Exit 0: all matched.
using System.Net;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using ArticleExtract;
using ArticleExtract.Http;
using ArticleExtract.Serialization;
using Microsoft.Extensions.DependencyInjection;

if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Consumer SEED_FIXTURE_FOLDER");
    return 2;
}

var services = new ServiceCollection();
services.AddLogging();
services.AddArticleExtractor(o => o.MaxInputBytes = 8 * 1024 * 1024);
services.AddArticleExtractorHttp(o => o.UserAgent = "PackageConsumer/1.0");
using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
var extractor = provider.GetRequiredService<IArticleExtractor>();

var library = typeof(IArticleExtractor).Assembly;
Console.WriteLine($"runtime:   {RuntimeInformation.FrameworkDescription}");
Console.WriteLine($"library:   {library.GetName().Name} {library.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}");
Console.WriteLine($"built for: {library.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()?.FrameworkName}");
Console.WriteLine($"loaded:    {library.Location}");
Console.WriteLine($"resolved:  {extractor.GetType().FullName} (MaxInputBytes {((ArticleExtractor)extractor).Options.MaxInputBytes})");

var failures = 0;
var pages = Directory.GetFiles(args[0], "*.html").Order(StringComparer.Ordinal).ToArray();
foreach (var page in pages)
{
    var expected = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(page, ".expected.json")))!;
    var result = extractor.Extract(File.ReadAllBytes(page));
    var actual = JsonNode.Parse(ArticleJson.Serialize(result))!;
    var same = JsonNode.DeepEquals(expected, actual);
    failures += same ? 0 : 1;
    Console.WriteLine($"{(same ? "same" : "DIFFERS"),-8} {Path.GetFileName(page)}: {result.Article?.Headline ?? result.Failure?.Reason.ToString()}");
    if (!same)
    {
        Console.WriteLine($"  expected {expected.ToJsonString()}\n  actual   {actual.ToJsonString()}");
    }
}

// The second package: fetch one page over HTTP from a one-request server on loopback.
var fetchPage = pages[^1];
using (var listener = new HttpListener())
{
    var port = FreeLoopbackPort();
    listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    listener.Start();
    var serve = Task.Run(async () =>
    {
        var context = await listener.GetContextAsync();
        var body = await File.ReadAllBytesAsync(fetchPage);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
    });
    var fetcher = provider.GetRequiredService<IArticleFetcher>();
    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
    var fetched = await fetcher.FetchAsync(new Uri($"http://127.0.0.1:{port}/story"), timeout.Token);
    await serve.WaitAsync(timeout.Token);
    var expectedHeadline = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(fetchPage, ".expected.json")))!["headline"]!.GetValue<string>();
    var ok = fetched.Succeeded && fetched.StatusCode == HttpStatusCode.OK && fetched.Article.Headline == expectedHeadline;
    failures += ok ? 0 : 1;
    Console.WriteLine($"{(ok ? "fetched" : "FAILED"),-8} {fetched.FinalUrl} {fetched.StatusCode} {fetched.ContentType}: {fetched.Article?.Headline ?? fetched.Failure?.Reason.ToString()}");
}

Console.WriteLine(failures == 0 ? $"ok: {pages.Length} pages extracted as expected, 1 fetched" : $"{failures} check(s) failed");
return failures == 0 ? 0 : 1;

static int FreeLoopbackPort()
{
    var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
    probe.Start();
    var port = ((IPEndPoint)probe.LocalEndpoint).Port;
    probe.Stop();
    return port;
}
