using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated;

/// <summary>
/// Reads a count (<see cref="int"/> or <see cref="long"/>) leniently: an integer, a whole number written with a
/// fraction (<c>3.0</c>) or a numeric string. Any other value does not fail the body: the property stays unset and
/// the value is kept in the model's <c>AdditionalProperties</c> (see <see cref="LogtoJson"/>). Writing is Newtonsoft's own.
/// </summary>
internal sealed class LogtoIntegerConverter : JsonConverter
{
    public static readonly LogtoIntegerConverter Instance = new();

    public override bool CanWrite => false;

    public override bool CanConvert(Type objectType) =>
        (Nullable.GetUnderlyingType(objectType) ?? objectType) is var type && (type == typeof(int) || type == typeof(long));

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var type = Nullable.GetUnderlyingType(objectType) ?? objectType;
        if (reader.TokenType == JsonToken.Null)
        {
            return type == objectType ? Activator.CreateInstance(type) : null;
        }

        var number = reader.TokenType switch
        {
            JsonToken.Integer or JsonToken.Float => Convert.ToDecimal(reader.Value, CultureInfo.InvariantCulture),
            JsonToken.String when decimal.TryParse((string)reader.Value!, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => (decimal?)null,
        };
        if (number is { } value && decimal.Truncate(value) == value && (type == typeof(long) ? value is >= long.MinValue and <= long.MaxValue : value is >= int.MinValue and <= int.MaxValue))
        {
            return type == typeof(long) ? (object)(long)value : (int)value;
        }

        var raw = JToken.ReadFrom(reader);
        throw new LogtoUnreadableValueException($"The value at '{reader.Path}' is not a whole number.", raw);
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        throw new NotSupportedException("Writing is left to the serializer.");
}
