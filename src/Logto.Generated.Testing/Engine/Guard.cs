using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Logto.Generated.Testing;

/// <summary>
/// Checks a request body as Logto's zod guards do and collects the issues; <see cref="ThrowIfInvalid"/> answers
/// 400 <c>guard.invalid_input</c> with <c>data.issues</c> and <c>details</c> in Logto's words.
/// </summary>
internal sealed class Guard
{
    private readonly JsonObject _body;
    private readonly string _part;
    private readonly List<(JsonObject Issue, string Details)> _issues = [];

    public Guard(JsonObject body, string part = "body")
    {
        _body = body;
        _part = part;
    }

    public static string? TypeOf(JsonNode? node) => node switch
    {
        null => null,
        JsonObject => "object",
        JsonArray => "array",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "null",
        },
        _ => "unknown",
    };

    /// <summary>A property of the given JSON type; null allowed when <paramref name="nullable"/>.</summary>
    public Guard Type(string name, string expected, bool required = false, bool nullable = false)
    {
        if (!_body.TryGetPropertyValue(name, out var node))
        {
            if (required)
            {
                AddType(name, expected, "undefined");
            }

            return this;
        }

        var actual = TypeOf(node) ?? "null";
        if (actual == "null" && nullable)
        {
            return this;
        }

        if (actual != expected)
        {
            AddType(name, expected, actual);
        }

        return this;
    }

    public Guard Regex(string name, Regex pattern)
    {
        if (_body[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String && !pattern.IsMatch(value.GetValue<string>()))
        {
            var issue = new JsonObject { ["validation"] = "regex", ["code"] = "invalid_string", ["message"] = "Invalid", ["path"] = new JsonArray(name) };
            _issues.Add((issue, $"Error in key path \"{name}\": (invalid_string) Invalid"));
        }

        return this;
    }

    /// <summary>A string out of a fixed set.</summary>
    public Guard Enum(string name, IReadOnlyList<string> options, bool required = false)
    {
        var node = _body[name];
        if (node is null)
        {
            if (required && !_body.ContainsKey(name))
            {
                var expected = string.Join(" | ", options.Select(option => $"'{option}'"));
                var issue = new JsonObject { ["expected"] = expected, ["received"] = "undefined", ["code"] = "invalid_type", ["path"] = new JsonArray(name), ["message"] = "Required" };
                _issues.Add((issue, $"Error in key path \"{name}\": (invalid_type) Expected {expected} but received undefined."));
            }

            return this;
        }

        CheckEnumValue(node, options, new JsonArray(name), name);
        return this;
    }

    /// <summary>An array whose every item is out of a fixed set.</summary>
    public Guard EnumArray(string name, IReadOnlyList<string> options, bool required = false)
    {
        Type(name, "array", required);
        if (_body[name] is JsonArray items)
        {
            for (var index = 0; index < items.Count; index++)
            {
                CheckEnumValue(items[index], options, new JsonArray(name, index), $"{name}.{index}");
            }
        }

        return this;
    }

    /// <summary>An issue of the caller's own.</summary>
    public Guard Add(JsonObject issue, string details)
    {
        _issues.Add((issue, details));
        return this;
    }

    public void ThrowIfInvalid()
    {
        if (_issues.Count == 0)
        {
            return;
        }

        var issues = new JsonArray(_issues.Select(issue => (JsonNode)issue.Issue).ToArray());
        var data = new JsonObject { ["issues"] = issues, ["name"] = "ZodError" };
        throw new FakeLogtoError(LogtoErrors.Error(400, "guard.invalid_input", $"The request {_part} is invalid.", data, string.Join("\n", _issues.Select(issue => issue.Details))));
    }

    private void CheckEnumValue(JsonNode? node, IReadOnlyList<string> options, JsonArray path, string keyPath)
    {
        var text = node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
        if (text is not null && options.Contains(text))
        {
            return;
        }

        var expected = string.Join(" | ", options.Select(option => $"'{option}'"));
        var message = $"Invalid enum value. Expected {expected}, received '{text ?? node?.ToJsonString()}'";
        var issue = new JsonObject
        {
            ["received"] = text ?? node?.ToJsonString(),
            ["code"] = "invalid_enum_value",
            ["options"] = new JsonArray(options.Select(option => (JsonNode)JsonValue.Create(option)!).ToArray()),
            ["path"] = path,
            ["message"] = message,
        };
        _issues.Add((issue, $"Error in key path \"{keyPath}\": (invalid_enum_value) {message}"));
    }

    private void AddType(string name, string expected, string received)
    {
        var issue = new JsonObject { ["code"] = "invalid_type", ["expected"] = expected, ["received"] = received, ["path"] = new JsonArray(name), ["message"] = received == "undefined" ? "Required" : $"Expected {expected}, received {received}" };
        _issues.Add((issue, $"Error in key path \"{name}\": (invalid_type) Expected {expected} but received {received}."));
    }
}
