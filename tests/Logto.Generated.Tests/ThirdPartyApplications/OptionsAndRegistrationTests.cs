using Logto.Generated.Testing;
using Logto.Generated.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Logto.Generated.Tests.ThirdPartyApplications;

/// <summary>Option checks and the DI registration.</summary>
public class OptionsAndRegistrationTests
{
    private static IEnumerable<TestCaseData> BadOptions()
    {
        yield return Bad("MaxConcurrency", options => options.MaxConcurrency = 0);
        yield return Bad("MaxConcurrency", options => options.MaxConcurrency = 65);
        yield return Bad("UserCacheTimeToLive", options => options.UserCacheTimeToLive = TimeSpan.FromSeconds(-1));
        yield return Bad("ApplicationListInterval", options => options.ApplicationListInterval = TimeSpan.FromMilliseconds(999));
        yield return Bad("ApplicationDetailsInterval", options => options.ApplicationDetailsInterval = TimeSpan.FromSeconds(59));
        yield return Bad("RefreshJitter", options => options.RefreshJitter = 0.6);
        yield return Bad("RefreshJitter", options => options.RefreshJitter = double.NaN);
        yield return Bad("MaxRefreshBackoff", options => options.MaxRefreshBackoff = TimeSpan.Zero);
        yield return Bad("CacheKeyPrefix", options => options.CacheKeyPrefix = " ");
        yield return Bad("LoginEndpoint", options => options.LoginEndpoint = null);
        yield return Bad("LoginEndpoint", options => options.LoginEndpoint = new Uri("/relative", UriKind.Relative));
        yield return Bad("LoginEndpoint", options => options.LoginEndpoint = new Uri("ftp://tenant.logto.app/"));
        yield return Bad("ExtraScopes", options => options.ExtraScopes.Add("two scopes"));
        yield return Bad("ExtraScopes", options => options.ExtraScopes.Add(""));
    }

    [TestCaseSource(nameof(BadOptions))]
    public void Bad_options_are_refused_with_the_setting_named(string setting, Action<ThirdPartyApplicationsOptions> spoil)
    {
        using var fake = new FakeLogto();
        using var client = ThirdPartyServices.Client(fake);
        var options = new ThirdPartyApplicationsOptions { LoginEndpoint = new Uri(MockLogto.Endpoint) };
        spoil(options);

        var exception = Assert.Throws<ArgumentException>(() => new ThirdPartyApplicationsService(client, options, cache: null));

        Assert.That(exception!.ParamName, Is.EqualTo("options"));
        Assert.That(exception.Message, Does.Contain("ThirdPartyApplicationsOptions." + setting));
    }

    [Test]
    public void Missing_dependencies_are_refused()
    {
        using var fake = new FakeLogto();
        using var client = ThirdPartyServices.Client(fake);

        Assert.That(Assert.Throws<ArgumentNullException>(() => new ThirdPartyApplicationsService(null!, new ThirdPartyApplicationsOptions(), cache: null))!.ParamName, Is.EqualTo("client"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => new ThirdPartyApplicationsService(client, null!, cache: null))!.ParamName, Is.EqualTo("options"));
    }

    [Test]
    public void The_defaults_are_eight_requests_bounded_intervals_no_user_cache_no_extras_and_random_state()
    {
        var options = new ThirdPartyApplicationsOptions();

        Assert.That(options.MaxConcurrency, Is.EqualTo(8));
        Assert.That(options.ApplicationListInterval, Is.EqualTo(TimeSpan.FromSeconds(60)));
        Assert.That(options.ApplicationDetailsInterval, Is.EqualTo(TimeSpan.FromMinutes(10)));
        Assert.That(options.RefreshJitter, Is.EqualTo(0.1));
        Assert.That(options.MaxRefreshBackoff, Is.EqualTo(TimeSpan.FromMinutes(10)));
        Assert.That(options.UserCacheTimeToLive, Is.EqualTo(TimeSpan.Zero));
        Assert.That(options.CacheKeyPrefix, Is.EqualTo("logto:third-party-applications:"));
        Assert.That(options.ExtraScopes, Is.Empty);
        Assert.That(options.StateFactory, Is.Null);
        Assert.That(options.LoginEndpoint, Is.Null);
    }

    [Test]
    public async Task Binds_the_options_from_configuration_and_shares_one_catalog_per_container()
    {
        using var fake = new FakeLogto();
        using var client = ThirdPartyServices.Client(fake);
        var u1 = fake.Seed.User("u1");
        var a = fake.App("a");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ThirdParty:MaxConcurrency"] = "2",
            ["ThirdParty:UserCacheTimeToLive"] = "00:05:00",
            ["ThirdParty:ApplicationListInterval"] = "00:02:00",
            ["ThirdParty:ExtraScopes:0"] = "offline_access",
            ["ThirdParty:LoginEndpoint"] = "https://login.example.com/",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILogtoManagementClient>(client);
        services.AddLogtoThirdPartyApplications(configuration.GetSection("ThirdParty"));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<ThirdPartyApplicationsOptions>>().Value;
        var first = await provider.GetRequiredService<IThirdPartyApplicationsService>().GetForUserAsync(u1);
        await provider.GetRequiredService<IThirdPartyApplicationsService>().GetForUserAsync(u1);

        Assert.That((options.MaxConcurrency, options.UserCacheTimeToLive, options.ApplicationListInterval), Is.EqualTo((2, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(2))));
        Assert.That(first.Single().LoginUrl, Does.StartWith($"https://login.example.com/oidc/auth?client_id={a}&").And.Contain("&scope=openid+offline_access&state="));
        Assert.That(fake.Count($"GET /api/applications/{a}/sign-in-experience"), Is.EqualTo(1), "one catalog for the container");
        Assert.That(fake.Count($"GET /api/users/{u1}/roles"), Is.EqualTo(1), "the user entry was cached");
        Assert.That(provider.GetRequiredService<IThirdPartyApplicationsService>(), Is.SameAs(provider.GetRequiredService<ThirdPartyApplicationsService>()));
    }

    [Test]
    public void The_login_endpoint_defaults_to_the_management_endpoint()
    {
        var services = WithManagementApi("https://tenant.logto.app/");
        services.AddLogtoThirdPartyApplications();
        services.AddLogtoThirdPartyApplications(options => options.ExtraScopes.Add("offline_access"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<ThirdPartyApplicationsOptions>>().Value;

        Assert.That(options.LoginEndpoint, Is.EqualTo(new Uri("https://tenant.logto.app/")));
        Assert.That(options.ExtraScopes, Is.EqualTo(new[] { "offline_access" }));
        Assert.That(provider.GetRequiredService<IThirdPartyApplicationsService>(), Is.InstanceOf<ThirdPartyApplicationsService>());
    }

    [Test]
    public void An_explicit_login_endpoint_wins_over_the_management_endpoint()
    {
        var services = WithManagementApi("https://tenant.logto.app/");
        services.AddLogtoThirdPartyApplications(options => options.LoginEndpoint = new Uri("https://login.example.com/"));
        using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetRequiredService<IOptions<ThirdPartyApplicationsOptions>>().Value.LoginEndpoint, Is.EqualTo(new Uri("https://login.example.com/")));
    }

    [Test]
    public void Invalid_registered_options_fail_with_the_setting_named()
    {
        var services = new ServiceCollection();
        services.AddLogtoThirdPartyApplications(options => options.MaxConcurrency = 0);
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<ThirdPartyApplicationsOptions>>().Value);

        Assert.That(exception!.Message, Does.Contain("ThirdPartyApplicationsOptions.MaxConcurrency"));
    }

    [Test]
    public void Registration_refuses_null_arguments()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddLogtoThirdPartyApplications());
        Assert.Throws<ArgumentNullException>(() => services.AddLogtoThirdPartyApplications((IConfiguration)null!));
    }

    private static ServiceCollection WithManagementApi(string endpoint)
    {
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(options =>
        {
            options.Endpoint = new Uri(endpoint);
            options.ClientId = "m2m";
            options.ClientSecret = "secret";
        });
        return services;
    }

    private static TestCaseData Bad(string setting, Action<ThirdPartyApplicationsOptions> spoil) =>
        new TestCaseData(setting, spoil).SetArgDisplayNames(setting + " " + Guid.NewGuid().ToString("N")[..4]);
}
