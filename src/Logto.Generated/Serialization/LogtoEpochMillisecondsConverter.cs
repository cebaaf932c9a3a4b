using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated;

/// <summary>
/// Reads and writes a Logto timestamp: an integer number of milliseconds since the Unix epoch, as a
/// <see cref="DateTimeOffset"/> in UTC. Reading is lenient: a fractional number is rounded, and a string holding a
/// number or an ISO 8601 date is accepted. A value that is none of these does not fail the whole body: the property
/// stays unset and the value is kept, as the server sent it, in the model's <c>AdditionalProperties</c> under the
/// property's JSON name (see <see cref="LogtoJson"/>), from where it is also written back.
/// </summary>
internal sealed class LogtoEpochMillisecondsConverter : JsonConverter
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

        if (TryRead(reader, out var value))
        {
            return value;
        }

        var raw = JToken.ReadFrom(reader);
        throw new LogtoUnreadableValueException($"The value at '{reader.Path}' is not a timestamp in milliseconds.", raw);
    }

    /// <inheritdoc/>
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is DateTimeOffset timestamp)
        {
            writer.WriteValue(timestamp.ToUnixTimeMilliseconds());
        }
        else
        {
            writer.WriteNull();
        }
    }

    /// <summary>Reads an instant leniently: integer or fractional epoch milliseconds, a string holding them, or an ISO 8601 string.</summary>
    internal static bool TryRead(JsonReader reader, out DateTimeOffset value)
    {
        value = default;
        return reader.TokenType switch
        {
            JsonToken.Integer => TryFromMilliseconds(Convert.ToDouble(reader.Value, CultureInfo.InvariantCulture), out value),
            JsonToken.Float => TryFromMilliseconds(Convert.ToDouble(reader.Value, CultureInfo.InvariantCulture), out value),
            JsonToken.String => TryParse((string)reader.Value!, out value),
            _ => false,
        };
    }

    private static bool TryParse(string text, out DateTimeOffset value)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return TryFromMilliseconds(number, out value);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }

    private static bool TryFromMilliseconds(double milliseconds, out DateTimeOffset value)
    {
        const double Min = -62135596800000d; // 0001-01-01
        const double Max = 253402300799999d; // 9999-12-31T23:59:59.999
        value = default;
        if (double.IsNaN(milliseconds) || milliseconds < Min || milliseconds > Max)
        {
            return false;
        }

        value = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(milliseconds, MidpointRounding.AwayFromZero));
        return true;
    }
}
