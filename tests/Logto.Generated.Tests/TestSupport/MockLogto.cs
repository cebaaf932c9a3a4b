using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>A MockHttp handler behind a Logto-shaped base address, and the facade on top of it.</summary>
internal sealed class MockLogto : IDisposable
{
    public const string Endpoint = "https://tenant.logto.app/";

    public MockLogto()
    {
        HttpClient = new HttpClient(Handler) { BaseAddress = new Uri(Endpoint) };
        Client = new LogtoManagementClient(HttpClient);
    }

    public MockHttpMessageHandler Handler { get; } = new();

    public HttpClient HttpClient { get; }

    public LogtoManagementClient Client { get; }

    public void Dispose()
    {
        HttpClient.Dispose();
        Handler.Dispose();
    }
}
