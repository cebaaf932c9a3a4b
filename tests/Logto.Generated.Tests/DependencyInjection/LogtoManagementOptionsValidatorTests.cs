using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.DependencyInjection;

public class LogtoManagementOptionsValidatorTests
{
    [TestCase("https://abc123.logto.app", "https://abc123.logto.app/api")]
    [TestCase("https://abc123.logto.app/", "https://abc123.logto.app/api")]
    [TestCase("https://ABC123.Logto.App", "https://abc123.logto.app/api")]
    public void A_Logto_Cloud_endpoint_derives_the_resource(string endpoint, string resource)
    {
        var settings = LogtoManagementSettings.From(Valid(options => options.Endpoint = new Uri(endpoint)), "options");

        Assert.That(settings.Resource, Is.EqualTo(resource));
    }

    [TestCase("https://tenant.logto.app", "https://tenant.logto.app/", "https://tenant.logto.app/oidc/token")]
    [TestCase("https://tenant.logto.app///", "https://tenant.logto.app/", "https://tenant.logto.app/oidc/token")]
    [TestCase("http://localhost:3001", "http://localhost:3001/", "http://localhost:3001/oidc/token")]
    [TestCase("https://example.com/logto/", "https://example.com/logto/", "https://example.com/logto/oidc/token")]
    public void Addresses_are_derived_from_the_endpoint_with_or_without_a_trailing_slash(string endpoint, string apiBase, string tokenEndpoint)
    {
        var settings = LogtoManagementSettings.From(
            Valid(options => (options.Endpoint, options.Resource) = (new Uri(endpoint), LogtoManagementOptions.SelfHostedResource)), "options");

        Assert.That(settings.ApiBaseAddress.AbsoluteUri, Is.EqualTo(apiBase));
        Assert.That(new Uri(settings.ApiBaseAddress, "api/applications").AbsoluteUri, Is.EqualTo(apiBase + "api/applications"));
        Assert.That(settings.TokenEndpoint.AbsoluteUri, Is.EqualTo(tokenEndpoint));
    }

    [TestCase("https://auth.example.com")]
    [TestCase("https://tenant.logto.app.evil.example")]
    [TestCase("https://a.b.logto.app")]
    [TestCase("http://tenant.logto.app")]
    public void Any_other_endpoint_needs_the_resource_and_the_message_says_what_to_use(string endpoint)
    {
        var failures = LogtoManagementOptionsValidator.Check(Valid(options => options.Endpoint = new Uri(endpoint)));

        Assert.That(failures, Has.Count.EqualTo(1));
        Assert.That(failures[0], Does.StartWith("LogtoManagementOptions.Resource is required").And.Contain("https://default.logto.app/api"));
    }

    [Test]
    public void Every_bad_option_is_named()
    {
        var options = new LogtoManagementOptions
        {
            TokenLeeway = TimeSpan.FromSeconds(-1),
            MaxRetryAttempts = -1,
            RetryBaseDelay = TimeSpan.FromSeconds(10),
            MaxRetryDelay = TimeSpan.FromSeconds(5),
            AttemptTimeout = TimeSpan.Zero,
            TotalTimeout = TimeSpan.FromDays(2),
        };

        var failures = LogtoManagementOptionsValidator.Check(options);

        foreach (var option in new[] { "Endpoint", "ClientId", "ClientSecret", "TokenLeeway", "MaxRetryAttempts", "MaxRetryDelay", "AttemptTimeout", "TotalTimeout" })
        {
            Assert.That(failures, Has.Some.StartsWith($"LogtoManagementOptions.{option} "), option);
        }
    }

    [TestCase("ftp://tenant.logto.app", "must be an absolute http or https URL")]
    [TestCase("https://user:pw@tenant.logto.app", "must not contain user information")]
    [TestCase("https://tenant.logto.app/?x=1", "must not have a query or a fragment")]
    public void A_malformed_endpoint_is_refused_without_echoing_it(string endpoint, string problem)
    {
        var failures = LogtoManagementOptionsValidator.Check(Valid(options => options.Endpoint = new Uri(endpoint)));

        Assert.That(failures, Has.Some.EqualTo(failures.First(failure => failure.Contains(problem, StringComparison.Ordinal))));
        Assert.That(string.Join(" ", failures), Does.Not.Contain("pw@"));
    }

    [Test]
    public void A_token_source_makes_the_credentials_optional()
    {
        var options = new LogtoManagementOptions
        {
            Endpoint = new Uri("https://auth.example.com"),
            TokenSource = LogtoTokenSource.FromDelegate(_ => ValueTask.FromResult("token")),
        };

        Assert.That(LogtoManagementOptionsValidator.Check(options), Is.Empty);
    }

    [Test]
    public void Create_refuses_invalid_options_with_an_ArgumentException_naming_them()
    {
        var exception = Assert.Throws<ArgumentException>(() => LogtoManagementClient.Create(new LogtoManagementOptions { ClientSecret = "hidden-secret" }));

        Assert.That(exception!.ParamName, Is.EqualTo("options"));
        Assert.That(exception.Message, Does.Contain("LogtoManagementOptions.Endpoint").And.Contain("LogtoManagementOptions.ClientId"));
        Assert.That(exception.Message, Does.Not.Contain("hidden-secret"));
        Assert.Throws<ArgumentNullException>(() => LogtoManagementClient.Create(null!));
    }

    [Test]
    public void The_defaults_match_the_documentation()
    {
        var options = new LogtoManagementOptions();

        Assert.That(options.Scope, Is.EqualTo("all"));
        Assert.That(options.ClientAuthentication, Is.EqualTo(LogtoClientAuthenticationMethod.ClientSecretBasic));
        Assert.That(options.TokenLeeway, Is.EqualTo(TimeSpan.FromSeconds(60)));
        Assert.That(options.MaxRetryAttempts, Is.EqualTo(3));
        Assert.That(options.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(options.TotalTimeout, Is.EqualTo(TimeSpan.FromSeconds(100)));
        Assert.That(options.MaxResponseContentBufferSize, Is.EqualTo(64L * 1024 * 1024));
    }

    [TestCase(0L)]
    [TestCase(1023L)]
    [TestCase(0x7FFFFFC8L)]
    public void A_response_buffer_limit_out_of_range_is_named(long limit)
    {
        var failures = LogtoManagementOptionsValidator.Check(Valid(options => options.MaxResponseContentBufferSize = limit));

        Assert.That(failures, Is.EqualTo(new[]
        {
            $"LogtoManagementOptions.MaxResponseContentBufferSize ({limit}) must be between 1024 and 2147483591 bytes.",
        }));
    }

    [TestCase(1024L)]
    [TestCase(0x7FFFFFC7L)]
    public void A_response_buffer_limit_in_range_is_accepted(long limit) =>
        Assert.That(LogtoManagementOptionsValidator.Check(Valid(options => options.MaxResponseContentBufferSize = limit)), Is.Empty);

    private static LogtoManagementOptions Valid(Action<LogtoManagementOptions> configure)
    {
        var options = new LogtoManagementOptions
        {
            Endpoint = new Uri(MockLogto.Origin),
            ClientId = MockLogto.ClientId,
            ClientSecret = MockLogto.ClientSecret,
        };
        configure(options);
        return options;
    }
}
