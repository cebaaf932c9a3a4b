using System.Net;
using Logto.Generated.Tests.Generated;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.DependencyInjection;

/// <summary><c>AddLogtoAccountApi</c> registers only the Account API client factory and validates only what it needs.</summary>
public class AccountApiRegistrationTests
{
    [Test]
    public async Task A_container_with_only_AddLogtoAccountApi_creates_account_clients_for_user_tokens_without_credentials()
    {
        using var handler = new MockHttpMessageHandler();
        var profile = handler.Expect(HttpMethod.Get, "https://tenant.logto.app/api/my-account")
            .WithHeaders("Authorization", "Bearer alice-token")
            .Respond("application/json", "{\"id\":\"alice\"}");
        var oidc = handler.When("https://tenant.logto.app/oidc/*").Respond(HttpStatusCode.InternalServerError);
        var services = new ServiceCollection();
        services.AddLogtoAccountApi(new Uri("https://tenant.logto.app")).ConfigurePrimaryHttpMessageHandler(() => new LogtoBorrowedHandler(handler));
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();

        var user = await provider.GetRequiredService<ILogtoAccountClientFactory>()
            .Create(new FacadeTests.QueueTokenSource("alice-token")).MyAccount.GetProfileAsync();

        Assert.That(user.Id, Is.EqualTo("alice"));
        Assert.That(handler.GetMatchCount(profile), Is.EqualTo(1));
        Assert.That(handler.GetMatchCount(oidc), Is.Zero, "no machine-to-machine token is requested");
        Assert.That(provider.GetService<ILogtoManagementClient>(), Is.Null, "nothing of the Management API is registered");
        Assert.That(provider.GetService<ILogtoTokenSource>(), Is.Null);
        Assert.That(provider.GetService<ILogtoPublicClient>(), Is.Null, "nor the public client");
    }

    [Test]
    public void The_account_registration_validates_its_endpoint_and_nothing_else()
    {
        var services = new ServiceCollection();
        services.AddLogtoAccountApi(options => options.MaxRetryAttempts = -1);
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(exception!.Message, Does.Contain("LogtoClientOptions.Endpoint"));
        Assert.That(exception.Message, Does.Contain("LogtoClientOptions.MaxRetryAttempts"));
        Assert.That(exception.Message, Does.Not.Contain("ClientId"));
    }

    [Test]
    public void The_configuration_overload_binds_the_endpoint()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logto:Endpoint"] = "https://bound.logto.app",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogtoAccountApi(configuration.GetSection("Logto"));
        using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetRequiredService<IOptionsMonitor<LogtoClientOptions>>().Get(Options.DefaultName).Endpoint, Is.EqualTo(new Uri("https://bound.logto.app")));
    }

    [Test]
    public void A_bad_argument_is_named()
    {
        var services = new ServiceCollection();

        Assert.That(Assert.Throws<ArgumentNullException>(() => services.AddLogtoAccountApi((Uri)null!))!.ParamName, Is.EqualTo("endpoint"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => services.AddLogtoAccountApi((Action<LogtoClientOptions>)null!))!.ParamName, Is.EqualTo("configure"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => services.AddLogtoAccountApi((IConfiguration)null!))!.ParamName, Is.EqualTo("configuration"));
        Assert.That(Assert.Throws<ArgumentException>(() => services.AddLogtoAccountApi(" ", _ => { }))!.ParamName, Is.EqualTo("name"));
    }

    [Test]
    public void An_unknown_name_is_refused_with_the_registered_names()
    {
        var services = new ServiceCollection();
        services.AddLogtoAccountApi("staging", options => options.Endpoint = new Uri("https://staging.logto.app"));
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<ILogtoAccountClientFactory>();

        var exception = Assert.Throws<ArgumentException>(() => factory.Create("stagnig", new FacadeTests.QueueTokenSource("t")));

        Assert.That(exception!.ParamName, Is.EqualTo("name"));
        Assert.That(exception.Message, Does.Contain("'stagnig'").And.Contain("'staging'").And.Contain("AddLogtoAccountApi"));
        Assert.That(() => factory.Create(null!, new FacadeTests.QueueTokenSource("t")), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("name"));
        Assert.That(() => factory.Create("staging", null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("userAccessTokens"));
    }
}
