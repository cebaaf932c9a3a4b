using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>
/// A raw HTTP/1.1 server on 127.0.0.1 (a free port), for faults only a real socket shows: a body cut short, a reset
/// connection, a server that never answers. Each request is answered by the script registered for its method and path,
/// which writes whatever bytes it likes to the connection; the connection is closed afterwards. Everything stops on
/// <see cref="DisposeAsync"/>, including scripts that wait forever.
/// </summary>
internal sealed class RawHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, Func<RawConnection, Task>> _scripts = new(StringComparer.Ordinal);
    private readonly List<string> _requestLines = [];
    private readonly List<Task> _connections = [];
    private readonly Task _accepting;

    public RawHttpServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public Uri Endpoint => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    /// <summary>The request lines received, such as <c>GET /api/users/u1 HTTP/1.1</c>.</summary>
    public IReadOnlyList<string> RequestLines
    {
        get
        {
            lock (_requestLines)
            {
                return _requestLines.ToList();
            }
        }
    }

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with a script.</summary>
    public RawHttpServer On(string method, string path, Func<RawConnection, Task> script)
    {
        lock (_scripts)
        {
            _scripts[method + " " + path] = script;
        }

        return this;
    }

    /// <summary>A full response head; the body, if any, is up to the caller.</summary>
    public static string Head(int status, string reason, long? contentLength, string contentType = "application/json") =>
        $"HTTP/1.1 {status} {reason}\r\nContent-Type: {contentType}\r\n"
        + (contentLength is { } length ? $"Content-Length: {length}\r\n" : string.Empty)
        + "Connection: close\r\n\r\n";

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Task[] connections;
        lock (_connections)
        {
            connections = [.. _connections, _accepting];
        }

        await Task.WhenAll(connections).WaitAsync(TestGuard.Guard).ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_connections)
            {
                _connections.Add(ServeAsync(socket));
            }
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using var connection = new RawConnection(socket, _stop.Token);
        try
        {
            var requestLine = await connection.ReadRequestAsync();
            lock (_requestLines)
            {
                _requestLines.Add(requestLine);
            }

            var parts = requestLine.Split(' ');
            Func<RawConnection, Task>? script;
            lock (_scripts)
            {
                _scripts.TryGetValue(parts[0] + " " + parts[1].Split('?')[0], out script);
            }

            await (script ?? (c => c.WriteAsync(Head(404, "Not Found", 0))))(connection);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or the server is stopping: nothing to answer.
        }
    }
}

/// <summary>One accepted connection, as a script sees it.</summary>
internal sealed class RawConnection(Socket socket, CancellationToken stopping) : IDisposable
{
    private readonly NetworkStream _stream = new(socket, ownsSocket: false);

    /// <summary>Cancelled when the server stops.</summary>
    public CancellationToken Stopping => stopping;

    public async Task WriteAsync(string text)
    {
        await _stream.WriteAsync(Encoding.UTF8.GetBytes(text), stopping);
        await _stream.FlushAsync(stopping);
    }

    /// <summary>Resets the connection (TCP RST) instead of closing it.</summary>
    public void Reset()
    {
        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
    }

    /// <summary>Holds the connection open, answering nothing, until the server stops.</summary>
    public Task HoldAsync() => Task.Delay(Timeout.InfiniteTimeSpan, stopping);

    /// <summary>Reads the request head and body; returns the request line.</summary>
    public async Task<string> ReadRequestAsync()
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await _stream.ReadAsync(one, stopping) == 0)
            {
                throw new IOException("The client closed the connection before the end of the request head.");
            }

            head.Append((char)one[0]);
        }

        var lines = head.ToString().Split("\r\n");
        var length = lines
            .Where(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(line => int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
        var body = new byte[length];
        await _stream.ReadExactlyAsync(body, stopping);
        return lines[0];
    }

    public void Dispose()
    {
        _stream.Dispose();
        socket.Dispose();
    }
}
