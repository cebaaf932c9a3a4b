using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated;

/// <summary>
/// Reads an instant leniently, whatever the spec says its JSON type is: epoch milliseconds (a number, or a string
/// holding one), or an ISO 8601 string. A value that is none of these does not fail the whole body: it is kept in the
/// model's <c>AdditionalProperties</c> (see <see cref="LogtoJson"/>). Subclasses decide how the instant is written.
/// </summary>
internal abstract class LogtoInstantConverter : JsonConverter
{
    /// <summary>What the value should be, for the message of a value that is not.</summary>
    protected abstract string Expected { get; }

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

        if (TryRead(reader, out var value))
        {
            return value;
        }

        var raw = JToken.ReadFrom(reader);
        throw new LogtoUnreadableValueException($"The value at '{reader.Path}' is not {Expected}.", raw);
    }

    /// <inheritdoc/>
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is DateTimeOffset instant)
        {
            Write(writer, instant);
        }
        else
        {
            writer.WriteNull();
        }
    }

    /// <summary>Writes an instant.</summary>
    protected abstract void Write(JsonWriter writer, DateTimeOffset value);

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
