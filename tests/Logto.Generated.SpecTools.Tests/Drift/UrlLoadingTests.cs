using System.Net;
using Logto.Generated.SpecTools.Tests.TestSupport;

namespace Logto.Generated.SpecTools.Tests.Drift;

/// <summary>Specs given as URLs, served by a loopback server started by the test (no other network).</summary>
public class UrlLoadingTests
{
    private static readonly string SmallSpec = """{"openapi":"3.0.1","paths":{"/api/x":{"get":{"responses":{"200":{"description":"OK"}}}}}}""";

    [Test]
    public async Task A_spec_url_is_downloaded_and_compared()
    {
        using var server = new LoopbackServer(HttpStatusCode.OK, SmallSpec);
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, "url-small.json");
        await File.WriteAllTextAsync(file, SmallSpec);

        var result = await Cli.RunAsync("drift", file, server.Url("/api/swagger.json"));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
            Assert.That(result.Output, Is.EqualTo($"No API drift from {file} to {server.Url("/api/swagger.json")}.\n"));
            Assert.That(server.Requests, Is.EqualTo(new[] { ("/api/swagger.json", "application/json, application/yaml; q=0.9, */*; q=0.8") }));
        });
    }

    [Test]
    public async Task The_real_oss_spec_served_over_http_has_no_api_drift()
    {
        using var server = new LoopbackServer(HttpStatusCode.OK, await File.ReadAllTextAsync(Paths.OssSwagger));

        var result = await Cli.RunAsync("drift", Paths.VendoredSpec, server.Url("/api/swagger.json"));

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Output, Does.StartWith("No API drift"));
    }

    [Test]
    public async Task An_http_error_exits_2_without_echoing_the_query_or_credentials()
    {
        using var server = new LoopbackServer(HttpStatusCode.NotFound, "{}");
        var url = $"http://user:hunter2@127.0.0.1:{server.Port}/api/swagger.json?token=s3cret";

        var result = await Cli.RunAsync("drift", url, url);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error.TrimEnd(), Is.EqualTo($"error: Cannot download the spec from {server.Url("/api/swagger.json")}: HTTP 404 Not Found."));
            Assert.That(result.Error, Does.Not.Contain("s3cret").And.Not.Contain("hunter2"));
        });
    }

    [Test]
    public async Task An_unreachable_url_exits_2_with_a_message_naming_it()
    {
        var url = $"http://127.0.0.1:{LoopbackServer.FreePort()}/api/swagger.json";
        var spec = Path.Combine(TestContext.CurrentContext.WorkDirectory, "url-unreachable.json");
        await File.WriteAllTextAsync(spec, SmallSpec);

        var result = await Cli.RunAsync("drift", spec, url);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith($"error: Cannot download the spec from {url}: Connection refused"));
    }
}
