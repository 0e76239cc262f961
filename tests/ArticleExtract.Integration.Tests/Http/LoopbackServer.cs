using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ArticleExtract.Integration.Tests.Http;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 for tests of the real socket handler: one request per connection, answered
/// by a function of the request path with the raw response bytes. It stops when disposed.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<string, byte[]> _answer;
    private readonly Task _loop;

    public LoopbackServer(Func<string, byte[]> answer)
    {
        _answer = answer;
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    public static byte[] Response(string statusLine, IEnumerable<string> headers, byte[] body)
    {
        var head = new StringBuilder($"HTTP/1.1 {statusLine}\r\n");
        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        head.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\nConnection: close\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            var stream = client.GetStream();
            var request = new StringBuilder();
            var buffer = new byte[4096];
            while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, _stop.Token);
                if (read == 0)
                {
                    break;
                }

                request.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            var path = request.ToString().Split(' ') is { Length: > 1 } parts ? parts[1] : "/";
            await stream.WriteAsync(_answer(path), _stop.Token);
        }
    }
}
