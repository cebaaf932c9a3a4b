using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated;

/// <summary>
/// Reads and writes a property the spec types as a <c>date-time</c> string, as a <see cref="DateTimeOffset"/>.
/// Reading is lenient: an ISO 8601 string is read as written, and a number (which is how Logto stores every timestamp)
/// as epoch milliseconds. A value that is neither does not fail the whole body: the property stays unset and the value
/// is kept, as the server sent it, in the model's <c>AdditionalProperties</c> (see <see cref="LogtoJson"/>).
/// Writing gives an ISO 8601 string.
/// </summary>
internal sealed class LogtoDateTimeConverter : JsonConverter
{
    /// <inheritdoc/>
    public override bool CanConvert(Type objectType) => objectType == typeof(DateTimeOffset) || objectType == typeof(DateTimeOffset?);

    /// <inheritdoc/>
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(objectType);
        if (reader.TokenType == JsonToken.Null)
        {
            return objectType == typeof(DateTimeOffset) ? default(DateTimeOffset) : null;
        }

        if (reader.TokenType == JsonToken.Date && reader.Value is DateTimeOffset or DateTime)
        {
            return reader.Value is DateTime date ? new DateTimeOffset(date) : (DateTimeOffset)reader.Value;
        }

        if (LogtoEpochMillisecondsConverter.TryRead(reader, out var value))
        {
            return value;
        }

        var raw = JToken.ReadFrom(reader);
        throw new LogtoUnreadableValueException($"The value at '{reader.Path}' is not a date and time.", raw);
    }

    /// <inheritdoc/>
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is DateTimeOffset timestamp)
        {
            writer.WriteValue(timestamp.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull();
        }
    }
}
