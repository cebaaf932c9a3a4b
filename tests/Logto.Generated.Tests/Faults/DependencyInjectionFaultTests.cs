using System.Net;
using Logto.Generated.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;
using static Logto.Generated.Tests.TestSupport.TestGuard;

namespace Logto.Generated.Tests.Faults;

/// <summary>The clients that dependency injection builds handle faults exactly as <see cref="LogtoManagementClient.Create(LogtoManagementOptions, HttpMessageHandler, ILoggerFactory?)"/> does.</summary>
public class DependencyInjectionFaultTests : FaultTest
{
    [Test]
    public async Task A_bad_body_and_a_stalled_body_end_in_the_same_typed_outcomes()
    {
        const string malformed = "{\"id\":";
        Stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/bad").Respond(_ => MockLogto.Json(HttpStatusCode.OK, malformed));
        var stalling = new PartialBodyContent("{\"id\":\"u", declaredLength: 500);
        Stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/slow").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = stalling });
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddLogtoManagementApi(options =>
        {
            options.Endpoint = new Uri(MockLogto.Origin);
            options.ClientId = MockLogto.ClientId;
            options.ClientSecret = MockLogto.ClientSecret;
            options.TimeProvider = Stub.Time;
            options.MaxRetryAttempts = 0;
            options.AttemptTimeout = TimeSpan.FromSeconds(5);
            options.TotalTimeout = TimeSpan.FromSeconds(10);
        }).ConfigurePrimaryHttpMessageHandler(() => Tracker);
        services.AddHttpClient(LogtoManagementServiceCollectionExtensions.TokenHttpClientName).ConfigurePrimaryHttpMessageHandler(() => Tracker);
        await using var provider = services.BuildServiceProvider();
        var users = provider.GetRequiredService<IUsersClient>();

        var unreadable = FailsWith<LogtoApiException>(() => users.GetUserAsync("bad"));
        var call = users.GetUserAsync("slow");
        await stalling.Stalled.Task.WaitAsync(Guard);
        Stub.Time.Advance(TimeSpan.FromSeconds(5));
        var timeout = FailsWith<LogtoTimeoutException>(() => call);

        Assert.That(unreadable.StatusCode, Is.EqualTo(200));
        Assert.That(unreadable.ResponseBody, Is.EqualTo(malformed));
        Assert.That(timeout.Kind, Is.EqualTo(LogtoTimeoutKind.Attempt));
        Assert.That(timeout.Message, Does.StartWith("Logto HTTP GET /api/users/slow timed out: LogtoManagementOptions.AttemptTimeout (00:00:05)"));
    }
}
