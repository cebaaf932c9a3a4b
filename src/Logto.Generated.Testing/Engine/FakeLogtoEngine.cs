using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Logto.Generated.Testing;

/// <summary>
/// The fake Logto behind both transports: faults, the OIDC endpoints, Management API authentication, routes, 501 for
/// the spec's other operations, <c>Logto-Core-Request-Id</c> on every answer, the request log and webhook deliveries.
/// </summary>
internal sealed partial class FakeLogtoEngine : IDisposable
{
    private readonly FakeRouter _router = FakeRoutes.Create();
    private readonly Oidc _oidc;
    private readonly List<FakeLogtoRequest> _log = [];
    private readonly List<InjectedFault> _faults = [];
    private int _inFlight;
    private int _peakInFlight;

    public FakeLogtoEngine(TimeProvider time)
    {
        State = new FakeState(time);
        Tokens = new FakeTokens(time);
        Webhooks = new FakeWebhooks(State);
        _oidc = new Oidc(State, Tokens);
    }

    public FakeState State { get; }

    public FakeTokens Tokens { get; }

    public FakeWebhooks Webhooks { get; }

    public IEnumerable<string> ImplementedOperations => _router.OperationIds;

    public IReadOnlyList<FakeLogtoRequest> Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToList();
            }
        }
    }

    public void ClearLog()
    {
        lock (_log)
        {
            _log.Clear();
        }
    }

    public int RequestsInFlight => Volatile.Read(ref _inFlight);

    public int PeakRequestsInFlight => Volatile.Read(ref _peakInFlight);

    public IDisposable AddFault(string operationId, FakeLogtoFault fault, int times, Func<FakeLogtoRequest, bool>? when)
    {
        var injected = new InjectedFault(this, operationId, fault, times, when);
        lock (_faults)
        {
            _faults.Add(injected);
        }

        return injected;
    }

    public async Task<FakeAnswer> HandleAsync(FakeCall call, CancellationToken cancellationToken)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _peakInFlight, inFlight);
        try
        {
            return await HandleInFlightAsync(call, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public void Dispose()
    {
        Tokens.Dispose();
        Webhooks.Dispose();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }

    private async Task<FakeAnswer> HandleInFlightAsync(FakeCall call, CancellationToken cancellationToken)
    {
        var handler = _router.Match(call);
        var operationId = handler is not null ? call.OperationId : Describe(call);
        var route = LogtoOperations.Find(call.Method, call.Path)?.Template;
        var request = new FakeLogtoRequest(call.Method, call.Path, route, operationId, call.Query, LogBody(call), Status: 0) { ReceivedAt = State.Time.GetUtcNow() };
        FakeAnswer answer;
        if (TakeFault(request) is { } fault)
        {
            if (fault.Delay > TimeSpan.Zero)
            {
                await Task.Delay(fault.Delay, State.Time, cancellationToken).ConfigureAwait(false);
            }

            if (fault.Release is { } release)
            {
                await release.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            answer = fault.ResetsConnection ? new FakeAnswer(0) { ResetConnection = true }
                : fault.Status > 0 ? FaultAnswer(fault)
                : Answer(call, handler, operationId);
        }
        else
        {
            answer = Answer(call, handler, operationId);
        }

        if (!answer.ResetConnection)
        {
            answer.WithHeader("Logto-Core-Request-Id", FakeState.NewId(16));
        }

        lock (_log)
        {
            _log.Add(request with { Status = answer.Status });
        }

        if (answer.Status is >= 200 and < 300)
        {
            await Webhooks.DeliverAsync(call, answer.Status, cancellationToken).ConfigureAwait(false);
        }

        return answer;
    }

    private FakeAnswer Answer(FakeCall call, FakeRouteHandler? handler, string? operationId)
    {
        try
        {
            lock (State.Lock)
            {
                if (_oidc.TryAnswer(call) is { } oidc)
                {
                    return oidc;
                }

                if (!call.Trusted && call.Path.StartsWith("/api/", StringComparison.Ordinal) && Unauthorized(call) is { } refused)
                {
                    return refused;
                }

                if (handler is not null)
                {
                    return handler(call, State);
                }
            }
        }
        catch (FakeLogtoError error)
        {
            return error.Answer;
        }

        return operationId is null
            ? LogtoErrors.Error(404, "router.not_found", $"No route for {call.Method} {call.Path}.")
            : LogtoErrors.Error(501, "fake.not_implemented", $"Logto.Generated.Testing does not implement the operation {operationId} ({call.Method} {call.Path}).");
    }

    private FakeAnswer? Unauthorized(FakeCall call)
    {
        if (!call.Headers.TryGetValue("Authorization", out var header) || string.IsNullOrWhiteSpace(header))
        {
            return LogtoErrors.Error(401, "auth.authorization_header_missing", "Authorization header is missing.");
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return LogtoErrors.Error(401, "auth.authorization_token_type_not_supported", "Authorization type is not supported. Only \"Bearer\" is allowed.");
        }

        return Tokens.Refusal(header[7..].Trim(), Oidc.ManagementResource) switch
        {
            null => null,
            "ERR_JWT_EXPIRED" => LogtoErrors.Error(401, "auth.unauthorized", "Unauthorized. Please check credentials and its scope.", new JsonObject { ["code"] = "ERR_JWT_EXPIRED", ["name"] = "JWTExpired" }),
            var code => LogtoErrors.Error(401, "auth.unauthorized", "Unauthorized. Please check credentials and its scope.", new JsonObject { ["code"] = code, ["name"] = "JWSInvalid" }),
        };
    }

    private static string? Describe(FakeCall call) =>
        Oidc.OperationId(call.Method, call.Path) ?? LogtoOperations.Find(call.Method, call.Path)?.OperationId;

    private FakeLogtoFault? TakeFault(FakeLogtoRequest request)
    {
        lock (_faults)
        {
            var injected = _faults.Find(fault => fault.Matches(request));
            if (injected is null)
            {
                return null;
            }

            if (--injected.Remaining <= 0)
            {
                _faults.Remove(injected);
            }

            return injected.Fault;
        }
    }

    private void Remove(InjectedFault injected)
    {
        lock (_faults)
        {
            _faults.Remove(injected);
        }
    }

    private static FakeAnswer FaultAnswer(FakeLogtoFault fault)
    {
        var answer = fault.Code is { } code ? LogtoErrors.Error(fault.Status, code, fault.Message ?? code)
            : fault.Status == 429 ? LogtoErrors.Error(429, "guard.too_many_requests", "Too many requests. Please try again later.")
            : LogtoErrors.Error(fault.Status, "fake.injected_fault", $"An injected {fault.Status} fault.");
        if (fault.RetryAfter is { } retryAfter)
        {
            answer.WithHeader("Retry-After", ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
        }

        return answer;
    }

    private static string? LogBody(FakeCall call) =>
        string.IsNullOrEmpty(call.BodyText) ? null
        : call.Path == "/oidc/token" ? SecretField().Replace(call.BodyText, "$1***")
        : call.BodyText;

    [GeneratedRegex("(client_secret=)[^&]*")]
    private static partial Regex SecretField();

    /// <summary>A fault waiting for its requests; disposing it takes back the uses left.</summary>
    private sealed class InjectedFault(FakeLogtoEngine engine, string operationId, FakeLogtoFault fault, int times, Func<FakeLogtoRequest, bool>? when) : IDisposable
    {
        public FakeLogtoFault Fault => fault;

        /// <summary>Uses left; changed under the engine's fault lock.</summary>
        public int Remaining { get; set; } = times;

        public bool Matches(FakeLogtoRequest request) =>
            (operationId == "*" || operationId == request.OperationId) && (when is null || when(request));

        public void Dispose() => engine.Remove(this);
    }
}
