using System.CodeDom.Compiler;

namespace Logto.Generated.Tests.PublicApi;

/// <summary>
/// Public means "a user types it". The hand-written public types of Logto.Generated are held to this list, so that a
/// new public type is a decision seen in review: helpers that only generated code or the pipeline use stay internal.
/// </summary>
public class PublicTypeAllowListTests
{
    /// <summary>Every hand-written public type, with why a user types it.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        // The facades and their factories: what a user injects or creates.
        ["ILogtoManagementClient"] = "facade", ["LogtoManagementClient"] = "facade",
        ["ILogtoPublicClient"] = "facade", ["LogtoPublicClient"] = "facade",
        ["ILogtoAccountClient"] = "facade", ["LogtoAccountClient"] = "facade",
        ["ILogtoManagementClientFactory"] = "named clients", ["ILogtoAccountClientFactory"] = "per-user clients", ["ILogtoPublicClientFactory"] = "named public clients",
        // Configuration and registration.
        ["LogtoClientOptions"] = "options", ["LogtoManagementOptions"] = "options", ["LogtoHealthCheckOptions"] = "options",
        ["LogtoManagementServiceCollectionExtensions"] = "registration", ["LogtoPublicApiServiceCollectionExtensions"] = "registration", ["LogtoAccountApiServiceCollectionExtensions"] = "registration", ["LogtoManagementHealthChecksBuilderExtensions"] = "registration",
        ["ThirdPartyApplicationsServiceCollectionExtensions"] = "registration",
        ["LogtoClientAuthenticationMethod"] = "an option's value",
        // Authentication a user plugs in or composes.
        ["ILogtoTokenSource"] = "own token source", ["LogtoTokenSource"] = "token source factories",
        ["ClientCredentialsTokenProvider"] = "token source", ["LogtoAuthenticationHandler"] = "own HttpClient pipeline",
        // Errors a user catches.
        ["LogtoException"] = "exception root", ["LogtoApiException"] = "exception", ["LogtoAuthenticationException"] = "exception",
        ["LogtoTimeoutException"] = "exception", ["LogtoTransportException"] = "exception", ["LogtoTimeoutKind"] = "exception detail",
        // What calls take and return.
        ["LogtoRequestOptions"] = "per-call settings, the base of every operation options class", ["LogtoResponse"] = "raw response", ["LogtoResponse`1"] = "raw response with value",
        ["LogtoPageable`1"] = "lists", ["LogtoPage`1"] = "lists",
        ["LogtoSearch"] = "search argument", ["LogtoSearchJoint"] = "search argument", ["LogtoSearchMode"] = "search argument",
        ["ILogtoEnum`1"] = "the contract of every generated enum, for generic code over them",
        ["LogtoJson"] = "settings for users who serialize models themselves",
        ["LogtoTelemetry"] = "ActivitySource and Meter names for OpenTelemetry",
        // The third-party applications service.
        ["IThirdPartyApplicationsService"] = "service", ["ThirdPartyApplicationsService"] = "service",
        ["ThirdPartyApplicationsOptions"] = "options", ["ThirdPartyApplication"] = "result",
        ["ThirdPartyApplicationBranding"] = "result", ["ThirdPartyApplicationCatalogStatus"] = "result",
        ["ThirdPartyApplicationCatalogLoadingException"] = "exception",
        // The client-side rate limit.
        ["LogtoRateLimitOptions"] = "options", ["LogtoRateLimitException"] = "exception",
        // System.Text.Json for ASP.NET Core endpoints.
        ["LogtoSystemTextJsonExtensions"] = "registration (JsonSerializerOptions.AddLogto)",
        // Webhooks: verification, names, and the events a handler takes (every LogtoWebhookEvent, allowed by type below).
        ["LogtoWebhookSignature"] = "verification", ["LogtoWebhookEvents"] = "event names", ["LogtoWebhookPayloadException"] = "exception",
    };

    /// <summary>A webhook event type is what a handler takes: every one is typed by users.</summary>
    private static bool IsWebhookEvent(Type type) => typeof(Logto.Generated.Webhooks.LogtoWebhookEvent).IsAssignableFrom(type);

    [Test]
    public void Every_hand_written_public_type_is_on_the_allow_list()
    {
        var handWritten = typeof(LogtoManagementClient).Assembly.GetExportedTypes()
            .Where(t => !t.IsDefined(typeof(GeneratedCodeAttribute), false) && !IsWebhookEvent(t))
            .Select(t => t.Name)
            .ToList();

        var notAllowed = handWritten.Where(n => !Allowed.ContainsKey(n)).Order(StringComparer.Ordinal).ToList();
        Assert.That(notAllowed, Is.Empty,
            "hand-written public types not on the allow-list: make them internal, or add them to PublicTypeAllowListTests.Allowed with the reason a user types them");
        Assert.That(Allowed.Keys.Where(n => !handWritten.Contains(n)), Is.Empty, "allow-listed types that are no longer public");
    }

    [TestCase(typeof(LogtoQueryString))]
    [TestCase(typeof(LogtoUrl))]
    [TestCase(typeof(LogtoEpochMillisecondsConverter))]
    [TestCase(typeof(LogtoDateTimeConverter))]
    [TestCase(typeof(LogtoEnumJsonConverter<ApplicationType>))]
    [TestCase(typeof(LogtoPageFetcher<User>))]
    public void Helpers_of_generated_code_are_internal(Type type)
    {
        Assert.That(type.IsVisible, Is.False);
    }

    [Test]
    public void The_http_client_names_are_internal()
    {
        var publicMembers = typeof(LogtoManagementServiceCollectionExtensions).GetMembers().Select(m => m.Name);
        Assert.That(publicMembers.Where(n => n.Contains("HttpClientName", StringComparison.Ordinal)), Is.Empty);
    }
}
