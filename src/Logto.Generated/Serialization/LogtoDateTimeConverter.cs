using Newtonsoft.Json;

namespace Logto.Generated;

/// <summary>
/// Reads and writes a property the spec types as a <c>date-time</c> string, as a <see cref="DateTimeOffset"/>.
/// Reading is lenient: an ISO 8601 string is read as written, and a number (which is how Logto stores every timestamp)
/// as epoch milliseconds. A value that is neither does not fail the whole body: the property stays unset and the value
/// is kept, as the server sent it, in the model's <c>AdditionalProperties</c> (see <see cref="LogtoJson"/>).
/// Writing gives an ISO 8601 string.
/// </summary>
internal sealed class LogtoDateTimeConverter : LogtoInstantConverter
{
    /// <inheritdoc/>
    protected override string Expected => "a date and time";

    /// <inheritdoc/>
    protected override void Write(JsonWriter writer, DateTimeOffset value) => writer.WriteValue(value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
}
