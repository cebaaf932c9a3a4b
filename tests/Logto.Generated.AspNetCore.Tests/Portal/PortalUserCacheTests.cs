using Logto.Generated.Portal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Logto.Generated.AspNetCore.Tests.Portal;

/// <summary>The portal keeps users 60 s when webhooks (a signing key) invalidate them, unless told otherwise.</summary>
public class PortalUserCacheTests
{
    [TestCase(new string[0], 0)]
    [TestCase(new[] { "--Webhooks:SigningKeys:0=whsec-key" }, 60)]
    [TestCase(new[] { "--Webhooks:SigningKeys:0=whsec-key", "--Logto:ThirdPartyApplications:UserCacheTimeToLive=00:00:15" }, 15)]
    [TestCase(new[] { "--Webhooks:SigningKeys:0=whsec-key", "--Logto:ThirdPartyApplications:UserCacheTimeToLive=00:00:00" }, 0)]
    [TestCase(new[] { "--Webhooks:SigningKeys:0=" }, 0)]
    public async Task The_user_cache_time_to_live_follows_the_webhook_signing_key(string[] extra, int expectedSeconds)
    {
        using var errors = new StringWriter();
        var app = PortalHost.Build(
            [
                "--urls=http://127.0.0.1:0",
                "--Logto:Endpoint=http://127.0.0.1:9/",
                "--Logto:ClientId=m2m",
                "--Logto:ClientSecret=secret",
                "--Logto:Resource=https://default.logto.app/api",
                "--Logto:Audience=https://portal.example.com/api",
                .. extra,
            ],
            errors);
        Assert.That(app, Is.Not.Null, errors.ToString());
        await using var _ = app!;

        var options = app!.Services.GetRequiredService<IOptions<ThirdPartyApplicationsOptions>>().Value;

        Assert.That(options.UserCacheTimeToLive, Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
    }
}
