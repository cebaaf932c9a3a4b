using System.Text.Json;
using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary>Small helpers over <see cref="JsonObject"/> rows and bodies.</summary>
internal static class FakeJson
{
    public static string? String(JsonObject body, string name) =>
        body[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static bool? Bool(JsonObject body, string name) =>
        body[name] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.GetValue<bool>() : null;

    /// <summary>The strings of an array property; empty when absent.</summary>
    public static List<string> Strings(JsonObject body, string name) =>
        body[name] is JsonArray items ? items.OfType<JsonValue>().Where(item => item.GetValueKind() == JsonValueKind.String).Select(item => item.GetValue<string>()).ToList() : [];

    public static JsonArray Array(IEnumerable<string> values) => new(values.Select(value => (JsonNode)JsonValue.Create(value)!).ToArray());

    public static JsonArray Array(IEnumerable<JsonNode> values) => new(values.Select(value => value.DeepClone()).ToArray());

    /// <summary>Copies each listed property the body holds (explicit null included) onto the row; returns how many.</summary>
    public static int CopyPresent(JsonObject body, JsonObject row, IEnumerable<string> names)
    {
        var copied = 0;
        foreach (var name in names)
        {
            if (body.TryGetPropertyValue(name, out var value))
            {
                row[name] = value?.DeepClone();
                copied++;
            }
        }

        return copied;
    }

    /// <summary>
    /// A PATCH: copies the present properties onto the row (422 <c>entity.invalid_input</c> when it sets none), raises
    /// <paramref name="eventName"/> when given, and answers the row.
    /// </summary>
    public static FakeAnswer Patch(FakeCall call, JsonObject row, JsonObject body, IEnumerable<string> names, string? eventName)
    {
        if (CopyPresent(body, row, names) == 0)
        {
            throw LogtoErrors.EmptyUpdate();
        }

        if (eventName is not null)
        {
            call.Raise(eventName, row);
        }

        return FakeAnswer.Ok(row.DeepClone());
    }

    /// <summary>Top-level merge: each property of <paramref name="patch"/> replaces the one of <paramref name="target"/>.</summary>
    public static JsonObject Merge(JsonObject? target, JsonObject patch)
    {
        var merged = target?.DeepClone().AsObject() ?? [];
        foreach (var property in patch)
        {
            merged[property.Key] = property.Value?.DeepClone();
        }

        return merged;
    }

    /// <summary>A copy without the named properties.</summary>
    public static JsonObject Without(JsonObject row, params string[] names)
    {
        var copy = row.DeepClone().AsObject();
        foreach (var name in names)
        {
            copy.Remove(name);
        }

        return copy;
    }
}
