using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>
/// The wire harness: a MockHttp handler behind a Logto-shaped base address, the three facades on top of it, and, when
/// made with <c>tokenEndpoint: true</c>, a token endpoint and options for the whole pipeline. Tests that need
/// Logto's behaviour use <c>FakeLogto</c>; this one is for exact wire checks and for answers no real Logto gives.
/// </summary>
internal sealed partial class MockLogto : IDisposable
{
    /// <summary>The tenant's base address, with a trailing slash.</summary>
    public const string Endpoint = Origin + "/";

    /// <summary>The tenant's origin, without a trailing slash.</summary>
    public const string Origin = "https://tenant.logto.app";

    public const string ApiUrl = Origin + "/api/";

    /// <param name="tokenEndpoint">Whether <see cref="TokenUrl"/> issues tokens, so that <see cref="CreateClient"/> runs the whole pipeline.</param>
    public MockLogto(bool tokenEndpoint = false)
    {
        if (tokenEndpoint)
        {
            Handler.When(HttpMethod.Post, TokenUrl).Respond(IssueTokenAsync);
        }

        HttpClient = new HttpClient(Handler) { BaseAddress = new Uri(Endpoint) };
        Client = new LogtoManagementClient(HttpClient);
        Account = new LogtoAccountClient(HttpClient);
        Public = new LogtoPublicClient(HttpClient);
    }

    public MockHttpMessageHandler Handler { get; } = new();

    public HttpClient HttpClient { get; }

    /// <summary>A management facade on <see cref="HttpClient"/>: no token, no resilience, the bare generated clients.</summary>
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
