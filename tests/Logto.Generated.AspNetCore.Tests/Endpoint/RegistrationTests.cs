using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Logto.Generated.AspNetCore.Tests.Endpoint;

/// <summary>What the endpoint needs registered, and the checks of its options.</summary>
public class RegistrationTests
{
    [Test]
    public void Mapping_without_token_validation_registered_says_what_to_call()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddLogtoThirdPartyApplications();
        using var app = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapLogtoThirdPartyApplications());

        Assert.That(exception!.Message, Does.Contain("AddLogtoThirdPartyApplicationsEndpoint"));
    }

    [Test]
    public void Mapping_without_the_service_registered_says_what_to_call()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddLogtoThirdPartyApplicationsEndpoint(options => options.Audience = "https://portal.example.com/api");
        using var app = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapLogtoThirdPartyApplications());

        Assert.That(exception!.Message, Does.Contain("AddLogtoThirdPartyApplications("));
    }

    [TestCase(null, "https://tenant.logto.app/", true, "LogtoAccessTokenOptions.Audience")]
    [TestCase("https://portal.example.com/api", null, true, "LogtoAccessTokenOptions.Endpoint")]
    [TestCase("https://portal.example.com/api", "http://localhost:3001/", true, "RequireHttpsMetadata")]
    public void Invalid_options_are_reported_by_name(string? audience, string? endpoint, bool requireHttps, string named)
    {
        var services = new ServiceCollection();
        services.AddLogtoThirdPartyApplicationsEndpoint(options =>
        {
            options.Audience = audience;
            options.Endpoint = endpoint is null ? null : new Uri(endpoint);
            options.RequireHttpsMetadata = requireHttps;
        });
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<LogtoAccessTokenOptions>>().Value);

        Assert.That(exception!.Message, Does.Contain(named));
    }

    [Test]
    public void The_endpoint_defaults_to_the_management_endpoint()
    {
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(options =>
        {
            options.Endpoint = new Uri("https://tenant.logto.app/");
            options.ClientId = "m2m";
            options.ClientSecret = "secret";
        });
        services.AddLogtoThirdPartyApplicationsEndpoint(options => options.Audience = "https://portal.example.com/api");
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<LogtoAccessTokenOptions>>().Value;

        Assert.That(options.Endpoint, Is.EqualTo(new Uri("https://tenant.logto.app/")));
        Assert.That(options.RequireHttpsMetadata, Is.True);
        Assert.That(options.ClockSkew, Is.EqualTo(TimeSpan.FromMinutes(1)));
    }

    [Test]
    public async Task The_LogtoAccessToken_scheme_points_at_Logto_and_leaves_the_application_schemes_alone()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuthentication("Cookies-or-whatever").AddJwtBearer("Other", options => options.Authority = "https://other.example.com/");
        services.AddLogtoThirdPartyApplicationsEndpoint(options =>
        {
            options.Endpoint = new Uri("https://tenant.logto.app/");
            options.Audience = "https://portal.example.com/api";
            options.ClockSkew = TimeSpan.FromSeconds(30);
        });
        await using var provider = services.BuildServiceProvider();
        var monitor = provider.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>();

        var logto = monitor.Get(LogtoAccessTokenDefaults.AuthenticationScheme);
        var other = monitor.Get("Other");
        var schemes = provider.GetRequiredService<IAuthenticationSchemeProvider>();

        Assert.That(logto.MetadataAddress, Is.EqualTo("https://tenant.logto.app/oidc/.well-known/openid-configuration"));
        Assert.That(logto.TokenValidationParameters.ValidIssuer, Is.EqualTo("https://tenant.logto.app/oidc"));
        Assert.That(logto.TokenValidationParameters.ValidAudience, Is.EqualTo("https://portal.example.com/api"));
        Assert.That(logto.TokenValidationParameters.ValidTypes, Is.EqualTo(new[] { "at+jwt" }));
        Assert.That(logto.TokenValidationParameters.ClockSkew, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That((logto.MapInboundClaims, logto.RequireHttpsMetadata), Is.EqualTo((false, true)));
        Assert.That(logto.ConfigurationManager, Is.Not.Null, "keys come from the handler's configuration manager");
        Assert.That(other.MetadataAddress, Is.EqualTo("https://other.example.com/.well-known/openid-configuration"), "its own");
        Assert.That(other.TokenValidationParameters.ValidTypes, Is.Null.Or.Empty);
        Assert.That(other.TokenValidationParameters.ValidIssuer, Is.Null);
        Assert.That((await schemes.GetDefaultAuthenticateSchemeAsync())?.Name, Is.Not.EqualTo(LogtoAccessTokenDefaults.AuthenticationScheme));
    }
}
