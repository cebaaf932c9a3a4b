using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Logto.Generated.AspNetCore.Tests.TestSupport;

/// <summary>
/// A real Redis for the multi-instance tests: the one <c>.ci/run</c> started (<c>LOGTO_TEST_REDIS=host:port</c>), or a
/// <c>redis-server</c> of this test's own on a free loopback port, stopped on disposal. The test is ignored, with the
/// reason, when neither is available.
/// </summary>
internal sealed class RedisServer : IDisposable
{
    public const string EnvironmentVariable = "LOGTO_TEST_REDIS";

    private readonly Process? _process;

    private RedisServer(string endpoint, Process? process)
    {
        Endpoint = endpoint;
        _process = process;
    }

    /// <summary>The <c>host:port</c> of the server.</summary>
    public string Endpoint { get; }

    /// <summary>A StackExchange.Redis connection string that keeps trying while the server is down.</summary>
    public string ConnectionString => Endpoint + ",abortConnect=false,connectTimeout=1000,syncTimeout=1000,asyncTimeout=1000";

    /// <summary>The CI's server when it is set and reachable, else one of this test's own.</summary>
    public static async Task<RedisServer> SharedOrOwnAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } shared)
        {
            if (await IsReachableAsync(shared))
            {
                return new RedisServer(shared, null);
            }

            TestContext.Out.WriteLine($"{EnvironmentVariable}={shared} is not reachable; starting a redis-server of this test's own.");
        }

        return await StartOwnAsync();
    }

    /// <summary>A <c>redis-server</c> of this test's own (so that the test may stop it).</summary>
    public static async Task<RedisServer> StartOwnAsync()
    {
        var port = FreePort();
        Process? process;
        try
        {
            process = Process.Start(new ProcessStartInfo("redis-server", $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no --protected-mode no")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            Assert.Ignore($"These tests need a real Redis: set {EnvironmentVariable}=host:port or put redis-server on PATH (.ci/run installs it from Debian's packages). {exception.Message}");
            throw;
        }

        var endpoint = $"127.0.0.1:{port}";
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await IsReachableAsync(endpoint))
            {
                return new RedisServer(endpoint, process);
            }

            await Task.Delay(50);
        }

        process?.Kill();
        Assert.Ignore($"redis-server did not start on {endpoint} within 5 seconds.");
        throw new InvalidOperationException();
    }

    /// <summary>Stops the server of this test's own, as an outage would.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        Stop();
        _process?.Dispose();
    }

    private static async Task<bool> IsReachableAsync(string endpoint)
    {
        var parts = endpoint.Split(':');
        using var client = new TcpClient();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync(parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), timeout.Token);
            return true;
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
