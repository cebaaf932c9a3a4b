using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace Logto.Generated.Testing;

/// <summary>
/// An in-memory Logto for tests: the Management API routes of <see cref="ImplementedOperations"/> with Logto's
/// answers (status codes, error bodies, paging headers), the client credentials token endpoint, signed access tokens
/// with <c>/oidc/jwks</c> and discovery, and signed webhook deliveries. Every other operation of the spec answers 501
/// naming it. Reach it in process (<see cref="CreateHandler"/>, <see cref="CreateManagementClient"/>) or over
/// loopback HTTP (<see cref="StartServerAsync"/>). A machine-to-machine application
/// (<see cref="ClientId"/>, <see cref="ClientSecret"/>) and the Management API resource are seeded.
/// </summary>
public sealed class FakeLogto : IAsyncDisposable, IDisposable
{
    /// <summary>The operation id under which the request log and fault injection name <c>POST /oidc/token</c>.</summary>
    public const string TokenOperation = "Token";

    /// <summary>The operation id under which the request log and fault injection name <c>GET /oidc/jwks</c>.</summary>
    public const string JwksOperation = "Jwks";

    /// <summary>The operation id under which the request log and fault injection name <c>GET /oidc/.well-known/openid-configuration</c>.</summary>
    public const string DiscoveryOperation = "Discovery";

    /// <summary>The Management API resource indicator, as on self-hosted Logto.</summary>
    public const string ManagementResource = Oidc.ManagementResource;

    private readonly FakeLogtoEngine _engine;
    private FakeLogtoServer? _server;

    /// <summary>Creates a fake with its seeded machine-to-machine application.</summary>
    /// <param name="options">Clock, endpoint and credentials; the defaults when null.</param>
    public FakeLogto(FakeLogtoOptions? options = null)
    {
        options ??= new FakeLogtoOptions();
        _engine = new FakeLogtoEngine(options.TimeProvider);
        Endpoint = options.Endpoint;
        ClientId = options.ClientId;
        ClientSecret = options.ClientSecret;
        Seed = new FakeLogtoSeed(_engine, () => Endpoint);
        lock (_engine.State.Lock)
        {
            ResourceRoutes.Add(_engine.State, "management-api", "Logto Management API", ManagementResource, 3600);
            ResourceRoutes.AddScope(_engine.State, "management-api-all", "management-api", "all", "Default scope for Management API, allows all permissions.");
            ApplicationRoutes.Create(_engine.State, "Fake M2M", "MachineToMachine", isThirdParty: false, id: ClientId, secret: ClientSecret);
        }
    }

    /// <summary>Where the fake answers: <see cref="FakeLogtoOptions.Endpoint"/>, or the loopback address once <see cref="StartServerAsync"/> ran.</summary>
    public Uri Endpoint { get; private set; }

    /// <summary>The issuer of the tokens the fake signs: <c>{Endpoint}oidc</c>.</summary>
    public string Issuer => Oidc.Issuer(Endpoint.GetLeftPart(UriPartial.Authority));

    /// <summary>The id of the seeded machine-to-machine application.</summary>
    public string ClientId { get; }

    /// <summary>The secret of the seeded machine-to-machine application.</summary>
    public string ClientSecret { get; }

    /// <summary>Short helpers that put users, organizations, roles and applications in the fake without a request.</summary>
    public FakeLogtoSeed Seed { get; }

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<FakeLogtoRequest> Requests => _engine.Log;

    /// <summary>Every webhook delivery sent so far, in order.</summary>
    public IReadOnlyList<FakeLogtoDelivery> Deliveries => _engine.Webhooks.Deliveries;

    /// <summary>
    /// Receives webhook deliveries in process instead of the network (a WebApplicationFactory's server handler, say);
    /// null sends them to each hook's <c>config.url</c> over HTTP. Deliveries are sent before the request that raised
    /// them is answered, so a test sees them as soon as its call returns.
    /// </summary>
    public HttpMessageHandler? WebhookHandler
    {
        get => _engine.Webhooks.Handler;
        set => _engine.Webhooks.Handler = value;
    }

    /// <summary>The operation ids (as in the spec, such as <c>ListUsers</c>) the fake implements.</summary>
    public static IReadOnlyList<string> ImplementedOperations { get; } = FakeRoutes.Create().OperationIds.ToList();

    /// <summary>Forgets the requests logged so far.</summary>
    public void ClearRequests() => _engine.ClearLog();

    /// <summary>
    /// Makes the next <paramref name="times"/> requests of an operation fail as <paramref name="fault"/> says (before
    /// any route runs). Faults are used in the order they were injected.
    /// </summary>
    /// <param name="operationId">The spec's operation id (such as <c>ListUsers</c>), <see cref="TokenOperation"/>, or <c>*</c> for any request.</param>
    /// <param name="fault">What happens, such as <see cref="FakeLogtoFault.TooManyRequests(TimeSpan?)"/>.</param>
    /// <param name="times">How many requests it hits; 1 by default, <see cref="int.MaxValue"/> for every one until disposed.</param>
    /// <param name="when">
    /// Narrows the requests it hits, such as <c>request =&gt; request.Path == "/api/users/u1/roles"</c>. The request's
    /// <see cref="FakeLogtoRequest.Status"/> is 0 here, since it has not been answered yet.
    /// </param>
    /// <returns>A handle whose disposal takes the fault back, with the uses it has left.</returns>
    /// <exception cref="ArgumentException"><paramref name="operationId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="fault"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is not positive.</exception>
    public IDisposable InjectFault(string operationId, FakeLogtoFault fault, int times = 1, Func<FakeLogtoRequest, bool>? when = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operationId);
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        return _engine.AddFault(operationId, fault, times, when);
    }

    /// <summary>How many requests the fake is answering right now (held ones included; see <see cref="FakeLogtoFault.Held(Task)"/>).</summary>
    public int RequestsInFlight => _engine.RequestsInFlight;

    /// <summary>The most requests the fake has answered at once since it started.</summary>
    public int PeakRequestsInFlight => _engine.PeakRequestsInFlight;

    /// <summary>A handler that sends requests to the fake in process. It does not own the fake; dispose each one you create.</summary>
    /// <returns>The handler.</returns>
    public HttpMessageHandler CreateHandler() => new FakeLogtoHandler(_engine);

    /// <summary>Sets the endpoint, the seeded machine-to-machine credentials and the Management API resource on <paramref name="options"/>.</summary>
    /// <param name="options">The options to point at the fake.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public void Configure(LogtoManagementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Endpoint = Endpoint;
        options.ClientId = ClientId;
        options.ClientSecret = ClientSecret;
        options.Resource = ManagementResource;
    }

    /// <summary>A Management API client on the in-process transport (the client's own pipeline: tokens, retries, timeouts).</summary>
    /// <param name="configure">Changes the options after <see cref="Configure"/>, such as retries; none when null.</param>
    /// <returns>The client; dispose it.</returns>
    public LogtoManagementClient CreateManagementClient(Action<LogtoManagementOptions>? configure = null)
    {
        var options = new LogtoManagementOptions();
        Configure(options);
        configure?.Invoke(options);
        return LogtoManagementClient.Create(options, new FakeLogtoHandler(_engine));
    }

    /// <summary>Starts the loopback server (Kestrel on 127.0.0.1) and makes its address the <see cref="Endpoint"/>.</summary>
    /// <param name="port">The port; 0 (the default) picks a free one.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The base address, such as <c>http://127.0.0.1:41234/</c>.</returns>
    /// <exception cref="InvalidOperationException">The server runs already.</exception>
    public async Task<Uri> StartServerAsync(int port = 0, CancellationToken cancellationToken = default)
    {
        if (_server is not null)
        {
            throw new InvalidOperationException("The fake Logto's server runs already.");
        }

        _server = await FakeLogtoServer.StartAsync(_engine, port, cancellationToken).ConfigureAwait(false);
        Endpoint = _server.Address;
        return _server.Address;
    }

    /// <summary>
    /// A user access token as Logto issues it (an ES384 <c>at+jwt</c>: <c>iss</c> = <see cref="Issuer"/>,
    /// <c>aud</c>, <c>sub</c>, <c>scope</c>), signed with the key <c>/oidc/jwks</c> publishes, for testing an API
    /// that validates Logto tokens with JwtBearer.
    /// </summary>
    /// <param name="userId">The user (<c>sub</c>).</param>
    /// <param name="audience">The API resource indicator (<c>aud</c>).</param>
    /// <param name="scopes">The granted scopes; none when null.</param>
    /// <param name="lifetime">How long it is valid on the fake's clock; one hour by default.</param>
    /// <returns>The token.</returns>
    /// <exception cref="ArgumentException"><paramref name="userId"/> or <paramref name="audience"/> is empty.</exception>
    public string IssueUserAccessToken(string userId, string audience, IEnumerable<string>? scopes = null, TimeSpan? lifetime = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(audience);
        return _engine.Tokens.Issue(Issuer, audience, userId, clientId: null, scopes ?? [], lifetime ?? TimeSpan.FromHours(1));
    }

    /// <summary>
    /// The credentials of the signing key the fake signs with (the newest, first in <c>/oidc/jwks</c>), for a test
    /// that crafts a token Logto would not issue (another issuer, no <c>sub</c>, an ID token, an extra claim) and
    /// checks what its API does with it. Tokens the fake issues are made by <see cref="IssueUserAccessToken"/>.
    /// </summary>
    public SigningCredentials SigningCredentials => _engine.Tokens.Current;

    /// <summary>
    /// Rotates the signing keys: a new key is published first in <c>/oidc/jwks</c> and signs
    /// every token from now on; the previous keys stay published (and their tokens valid) until retired.
    /// </summary>
    /// <returns>The new key's id (<c>kid</c>).</returns>
    public string RotateSigningKey() => _engine.Tokens.Rotate();

    /// <summary>
    /// Stops publishing a signing key in <c>/oidc/jwks</c>; the Management API no longer accepts the tokens it
    /// signed. The only published key cannot be retired.
    /// </summary>
    /// <param name="keyId">The key's id, as <see cref="RotateSigningKey"/> returned it or a token's <c>kid</c> names it.</param>
    /// <exception cref="ArgumentException"><paramref name="keyId"/> is empty or names no published key.</exception>
    /// <exception cref="InvalidOperationException">It is the only published key.</exception>
    public void RetireSigningKey(string keyId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        _engine.Tokens.Retire(keyId);
    }

    /// <summary>Stops the loopback server, if it runs, and releases the signing keys.</summary>
    /// <returns>A task that completes when stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
            _server = null;
        }

        _engine.Dispose();
    }

    /// <summary>Stops the loopback server, if it runs, and releases the signing keys.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
