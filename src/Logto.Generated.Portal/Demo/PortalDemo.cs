using Logto.Generated.Testing;

namespace Logto.Generated.Portal;

/// <summary>
/// <c>--demo</c>: the portal on a fake Logto running in the same process (loopback), seeded with the demo data set,
/// so the endpoint can be tried with no tenant. Prints a ready <c>curl</c> with Alice's access token.
/// </summary>
public static class PortalDemo
{
    /// <summary>The command-line switch.</summary>
    public const string Switch = "--demo";

    /// <summary>The audience of the demo's user access tokens.</summary>
    public const string Audience = "https://portal.demo/api";

    /// <summary>Starts a seeded fake Logto and builds the portal on it.</summary>
    /// <param name="args">The command line without <see cref="Switch"/> (it may set <c>--urls</c>).</param>
    /// <param name="errors">Where to write why the portal cannot start.</param>
    /// <returns>The fake (dispose it after the portal), its data set, and the portal (not started; null when it cannot start).</returns>
    public static async Task<(FakeLogto Logto, FakeLogtoDemoData Data, WebApplication? App)> BuildAsync(string[] args, TextWriter errors)
    {
        var logto = new FakeLogto();
        await logto.StartServerAsync().ConfigureAwait(false);
        var data = logto.Seed.DemoData();
        string[] settings =
        [
            "--Logto:Endpoint=" + logto.Endpoint,
            "--Logto:ClientId=" + logto.ClientId,
            "--Logto:ClientSecret=" + logto.ClientSecret,
            "--Logto:Resource=" + FakeLogto.ManagementResource,
            "--Logto:Audience=" + Audience,
            "--Logto:RequireHttpsMetadata=false",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
        ];
        return (logto, data, PortalHost.Build([.. settings, .. args], errors));
    }

    /// <summary>Runs the demo until it is stopped.</summary>
    /// <param name="args">The command line without <see cref="Switch"/>.</param>
    /// <param name="output">Where the ready <c>curl</c> is written.</param>
    /// <param name="errors">Where to write why the portal cannot start.</param>
    /// <returns>0 after a clean stop; 2 when the portal cannot start.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var (logto, data, app) = await BuildAsync(args.Any(arg => arg.StartsWith("--urls", StringComparison.Ordinal)) ? args : [.. args, "--urls=http://127.0.0.1:5080"], errors).ConfigureAwait(false);
        await using (logto.ConfigureAwait(false))
        {
            if (app is null)
            {
                return 2;
            }

            await using (app.ConfigureAwait(false))
            {
                await app.StartAsync().ConfigureAwait(false);
                var token = logto.IssueUserAccessToken(data.AliceId, Audience, ["openid", "profile"], TimeSpan.FromHours(8));
                output.WriteLine($"Portal demo on a fake Logto at {logto.Endpoint} (users alice and bob, three third-party applications).");
                output.WriteLine("Alice's applications:");
                output.WriteLine($"  curl -H 'Authorization: Bearer {token}' {app.Urls.First()}/api/applications");
                await app.WaitForShutdownAsync().ConfigureAwait(false);
                return 0;
            }
        }
    }
}
