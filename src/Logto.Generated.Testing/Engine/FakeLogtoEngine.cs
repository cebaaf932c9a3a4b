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
    private readonly List<(string OperationId, FakeLogtoFault Fault, int Remaining)> _faults = [];

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

    public void AddFault(string operationId, FakeLogtoFault fault, int times)
    {
        lock (_faults)
        {
            _faults.Add((operationId, fault, times));
        }
    }

    public async Task<FakeAnswer> HandleAsync(FakeCall call, CancellationToken cancellationToken)
    {
        var handler = _router.Match(call);
        var operationId = handler is not null ? call.OperationId : Describe(call);
        var route = LogtoOperations.Find(call.Method, call.Path)?.Template;
        FakeAnswer answer;
        if (TakeFault(operationId) is { } fault)
        {
            if (fault.Delay > TimeSpan.Zero)
            {
                await Task.Delay(fault.Delay, State.Time, cancellationToken).ConfigureAwait(false);
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
            _log.Add(new FakeLogtoRequest(call.Method, call.Path, route, operationId, call.Query, LogBody(call), answer.Status));
        }

        if (answer.Status is >= 200 and < 300)
        {
            await Webhooks.DeliverAsync(call, answer.Status, cancellationToken).ConfigureAwait(false);
        }

        return answer;
    }

    public void Dispose()
    {
        Tokens.Dispose();
        Webhooks.Dispose();
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
        call.Method == "POST" && call.Path == "/oidc/token" ? FakeLogto.TokenOperation : LogtoOperations.Find(call.Method, call.Path)?.OperationId;

    private FakeLogtoFault? TakeFault(string? operationId)
    {
        lock (_faults)
        {
            var index = _faults.FindIndex(fault => fault.OperationId == "*" || fault.OperationId == operationId);
            if (index < 0)
            {
                return null;
            }

            var (id, fault, remaining) = _faults[index];
            if (remaining <= 1)
            {
                _faults.RemoveAt(index);
            }
            else
            {
                _faults[index] = (id, fault, remaining - 1);
            }

            return fault;
        }
    }

    private static FakeAnswer FaultAnswer(FakeLogtoFault fault)
    {
        var answer = fault.Status == 429
            ? LogtoErrors.Error(429, "guard.too_many_requests", "Too many requests. Please try again later.")
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
}
