using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>A MockHttp handler behind a Logto-shaped base address, and the three facades on top of it.</summary>
internal sealed class MockLogto : IDisposable
{
    public const string Endpoint = "https://tenant.logto.app/";

    public MockLogto()
    {
        HttpClient = new HttpClient(Handler) { BaseAddress = new Uri(Endpoint) };
        Client = new LogtoManagementClient(HttpClient);
        Account = new LogtoAccountClient(HttpClient);
        Public = new LogtoPublicClient(HttpClient);
    }

    public MockHttpMessageHandler Handler { get; } = new();

    public HttpClient HttpClient { get; }

    public LogtoManagementClient Client { get; }

    public LogtoAccountClient Account { get; }

    public LogtoPublicClient Public { get; }

    /// <summary>The facade holding a tag's client, and that client.</summary>
    public object ClientOf(string tag) =>
        new object[] { Client, Account, Public }.Select(facade => facade.GetType().GetProperty(tag)?.GetValue(facade)).Single(client => client is not null)!;

    public void Dispose()
    {
        HttpClient.Dispose();
        Handler.Dispose();
    }
}
