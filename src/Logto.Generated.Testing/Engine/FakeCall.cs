using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary>One request as the fake sees it, whichever transport brought it.</summary>
internal sealed class FakeCall
{
    public FakeCall(string method, string path, IReadOnlyList<KeyValuePair<string, string>> query, string? bodyText, string? contentType, IReadOnlyDictionary<string, string> headers)
    {
        Method = method.ToUpperInvariant();
        Path = path;
        Query = query;
        BodyText = bodyText;
        ContentType = contentType;
        Headers = headers;
    }

    public string Method { get; }

    /// <summary>A seeding call from the test itself: no bearer token needed.</summary>
    public bool Trusted { get; init; }

    /// <summary>Scheme, host and port the request was sent to, such as <c>http://127.0.0.1:3001</c>.</summary>
    public string Origin { get; init; } = "http://localhost";

    /// <summary>The path without the query, such as <c>/api/users/abc</c>.</summary>
    public string Path { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    public string? BodyText { get; }

    public string? ContentType { get; }

    /// <summary>Request headers, names case-insensitive.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The values of the matched route template, such as <c>userId</c>.</summary>
    public Dictionary<string, string> RouteValues { get; } = new(StringComparer.Ordinal);

    /// <summary>The operation the route answers, such as <c>GetUser</c>.</summary>
    public string? OperationId { get; set; }

    /// <summary>The route template as Logto's webhooks name it, such as <c>/users/:userId</c>.</summary>
    public string? MatchedRoute { get; set; }

    /// <summary>The webhook events this request raised, delivered after it is answered.</summary>
    public List<FakeEvent> Events { get; } = [];

    /// <summary>Raises a data event; <paramref name="extra"/> holds fields beside <c>data</c> (<c>organizationId</c>, ...).</summary>
    public void Raise(string name, JsonNode? data, JsonObject? extra = null) => Events.Add(new FakeEvent(name, data?.DeepClone(), extra));

    public string Route(string name) => RouteValues[name];

    /// <summary>The last value of a query parameter, or null.</summary>
    public string? QueryValue(string name)
    {
        string? value = null;
        foreach (var pair in Query)
        {
            if (pair.Key == name)
            {
                value = pair.Value;
            }
        }

        return value;
    }

    public IReadOnlyList<string> QueryValues(string name) => Query.Where(pair => pair.Key == name).Select(pair => pair.Value).ToList();

    /// <summary>The form fields of an <c>application/x-www-form-urlencoded</c> body.</summary>
    public Dictionary<string, string> Form()
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in FakeQuery.Parse(BodyText ?? string.Empty))
        {
            form[pair.Key] = pair.Value;
        }

        return form;
    }

    /// <summary>The JSON body: null when there is none; throws <see cref="FakeLogtoError"/> (400) when it is not JSON.</summary>
    public JsonNode? Json()
    {
        if (string.IsNullOrWhiteSpace(BodyText))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(BodyText);
        }
        catch (System.Text.Json.JsonException)
        {
            throw new FakeLogtoError(LogtoErrors.Error(400, "guard.invalid_input", "The request body is invalid."));
        }
    }

    /// <summary>The JSON body as an object, an empty object when there is none.</summary>
    public JsonObject JsonObject() => Json() as JsonObject ?? [];
}
