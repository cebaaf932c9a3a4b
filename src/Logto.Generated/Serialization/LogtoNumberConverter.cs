using Newtonsoft.Json;

namespace Logto.Generated;

/// <summary>
/// Writes a <see cref="double"/> that holds a whole number as an integer (<c>3600</c>, not <c>3600.0</c>), as the
/// server sends it, so that a model read and sent back writes the same numbers. Reading is Newtonsoft's own.
/// </summary>
internal sealed class LogtoNumberConverter : JsonConverter
{
    public static readonly LogtoNumberConverter Instance = new();

    private const double Largest = 9007199254740992d; // 2^53: beyond it a double no longer holds every integer.

    public override bool CanRead => false;

    public override bool CanConvert(Type objectType) => objectType == typeof(double) || objectType == typeof(double?);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        throw new NotSupportedException("Reading is left to the serializer.");

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        switch (value)
        {
            case double number when Math.Abs(number) <= Largest && Math.Floor(number) == number && !(number == 0 && double.IsNegative(number)):
                writer.WriteValue((long)number);
                break;
            case double number:
                writer.WriteValue(number);
                break;
            default:
                writer.WriteNull();
                break;
        }
    }
}
