using Newtonsoft.Json;

namespace Logto.Generated;

/// <summary>Reads and writes a Logto enum as its wire string, whatever the value: an unknown value never throws.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class LogtoEnumJsonConverter<TEnum> : JsonConverter
    where TEnum : struct, ILogtoEnum<TEnum>
{
    /// <inheritdoc/>
    public override bool CanConvert(Type objectType) => objectType == typeof(TEnum) || Nullable.GetUnderlyingType(objectType) == typeof(TEnum);

    /// <inheritdoc/>
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.TokenType == JsonToken.Null)
        {
            return objectType == typeof(TEnum) ? default(TEnum) : null;
        }

        if (reader.TokenType is JsonToken.StartObject or JsonToken.StartArray)
        {
            reader.Skip();
            return objectType == typeof(TEnum) ? default(TEnum) : null;
        }

        var text = Convert.ToString(reader.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        return TEnum.FromValue(reader.TokenType == JsonToken.Boolean ? text.ToLowerInvariant() : text);
    }

    /// <inheritdoc/>
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is TEnum known)
        {
            writer.WriteValue(known.Value);
        }
        else
        {
            writer.WriteNull();
        }
    }
}
