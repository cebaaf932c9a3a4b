namespace Logto.Generated.Testing;

/// <summary>Answers one request of a route.</summary>
internal delegate FakeAnswer FakeRouteHandler(FakeCall call, FakeState state);

/// <summary>Route templates (<c>/api/users/{userId}</c>) to handlers, matched by method and segments.</summary>
internal sealed class FakeRouter
{
    private readonly List<(string Method, string[] Segments, string OperationId, string Template, FakeRouteHandler Handler)> _routes = [];

    public IEnumerable<string> OperationIds => _routes.Select(route => route.OperationId);

    public FakeRouter Map(string method, string template, string operationId, FakeRouteHandler handler)
    {
        _routes.Add((method, Split(template), operationId, template, handler));
        return this;
    }

    /// <summary>The handler of the request's route, with its values set on the call; null when no route matches.</summary>
    public FakeRouteHandler? Match(FakeCall call)
    {
        var segments = Split(call.Path);
        foreach (var route in _routes)
        {
            if (route.Method != call.Method || !TryBind(route.Segments, segments, call.RouteValues))
            {
                continue;
            }

            call.OperationId = route.OperationId;
            call.MatchedRoute = WebhookRoute(route.Template);
            return route.Handler;
        }

        return null;
    }

    /// <summary>Whether a template such as <c>/api/users/{userId}</c> matches the path's segments (parameters bound into <paramref name="values"/>).</summary>
    public static bool TryBind(string[] template, string[] segments, Dictionary<string, string>? values)
    {
        if (template.Length != segments.Length)
        {
            return false;
        }

        for (var index = 0; index < template.Length; index++)
        {
            var part = template[index];
            if (part.StartsWith('{'))
            {
                if (segments[index].Length == 0)
                {
                    return false;
                }
            }
            else if (!string.Equals(part, segments[index], StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (values is not null)
        {
            values.Clear();
            for (var index = 0; index < template.Length; index++)
            {
                if (template[index].StartsWith('{'))
                {
                    values[template[index].Trim('{', '}')] = Uri.UnescapeDataString(segments[index]);
                }
            }
        }

        return true;
    }

    public static string[] Split(string path) => path.Trim('/').Split('/');

    /// <summary>The route as Logto's webhook payloads name it: no <c>/api</c>, <c>:name</c> parameters.</summary>
    private static string WebhookRoute(string template) =>
        "/" + string.Join("/", Split(template).Skip(1).Select(part => part.StartsWith('{') ? ":" + part.Trim('{', '}') : part));
}
