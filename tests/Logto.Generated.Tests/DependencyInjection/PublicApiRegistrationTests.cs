using System.Net;
using Logto.Generated.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.DependencyInjection;

/// <summary><c>AddLogtoPublicApi</c> registers only the public client and validates only what it needs.</summary>
public class PublicApiRegistrationTests
{
    [Test]
    public async Task A_container_with_only_AddLogtoPublicApi_resolves_the_public_client_without_credentials()
    {
        using var handler = new MockHttpMessageHandler();
        var status = handler.Expect(HttpMethod.Get, "https://tenant.logto.app/api/status").Respond(HttpStatusCode.NoContent);
        var services = new ServiceCollection();
        services.AddLogtoPublicApi(new Uri("https://tenant.logto.app")).ConfigurePrimaryHttpMessageHandler(() => new LogtoBorrowedHandler(handler));
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var client = provider.GetRequiredService<ILogtoPublicClient>();
        await client.Status.GetStatusAsync();

        Assert.That(handler.GetMatchCount(status), Is.EqualTo(1));
        Assert.That(provider.GetService<ILogtoManagementClient>(), Is.Null, "nothing of the Management API is registered");
        Assert.That(provider.GetService<ILogtoTokenSource>(), Is.Null);
    }

    [Test]
    public void The_public_registration_validates_its_endpoint_and_nothing_else()
    {
        var services = new ServiceCollection();
        services.AddLogtoPublicApi(options => options.MaxRetryAttempts = -1);
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<LogtoClientOptions>>().Get(Options.DefaultName));

        Assert.That(exception!.Message, Does.Contain("LogtoClientOptions.Endpoint"));
        Assert.That(exception.Message, Does.Contain("LogtoClientOptions.MaxRetryAttempts"));
        Assert.That(exception.Message, Does.Not.Contain("ClientId"));
    }

    [Test]
    public void A_null_argument_is_named()
    {
        var services = new ServiceCollection();

        Assert.That(Assert.Throws<ArgumentNullException>(() => services.AddLogtoPublicApi((Uri)null!))!.ParamName, Is.EqualTo("endpoint"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => services.AddLogtoPublicApi((Action<LogtoClientOptions>)null!))!.ParamName, Is.EqualTo("configure"));
        Assert.That(Assert.Throws<ArgumentException>(() => services.AddLogtoPublicApi(" ", _ => { }))!.ParamName, Is.EqualTo("name"));
    }
}
