using System.Text.Json;
using System.Text.Json.Serialization;

namespace Logto.Generated;

/// <summary>
/// Reads a value as raw JSON and gives it to <see cref="LogtoJson.Serializer"/>; writes what that serializer writes.
/// Whatever Newtonsoft.Json does with the models (set tracking, epoch milliseconds, extension data, lenient reading)
/// therefore holds for System.Text.Json too.
/// </summary>
/// <typeparam name="T">A generated model, an open enum or a <c>JToken</c>.</typeparam>
internal sealed class LogtoNewtonsoftBridgeConverter<T> : JsonConverter<T>
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        using var text = new StringReader(document.RootElement.GetRawText());
        using var json = new Newtonsoft.Json.JsonTextReader(text);
        try
        {
            return (T?)LogtoJson.Serializer.Deserialize(json, typeToConvert);
        }
        catch (Newtonsoft.Json.JsonException exception)
        {
            // System.Text.Json reports its own JsonException as a bad request body (ASP.NET Core answers 400).
            throw new JsonException($"The JSON is not a valid {typeToConvert.Name}: {exception.Message}", exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        LogtoJson.Serializer.Serialize(text, value, typeof(T));
        writer.WriteRawValue(text.ToString(), skipInputValidation: true);
    }
}
