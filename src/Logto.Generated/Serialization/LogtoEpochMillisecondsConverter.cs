using Newtonsoft.Json;

namespace Logto.Generated;

/// <summary>
/// Reads and writes a Logto timestamp: an integer number of milliseconds since the Unix epoch, as a
/// <see cref="DateTimeOffset"/> in UTC. Reading is lenient: a fractional number is rounded, and a string holding a
/// number or an ISO 8601 date is accepted. A value that is none of these does not fail the whole body: the property
/// stays unset and the value is kept, as the server sent it, in the model's <c>AdditionalProperties</c> under the
/// property's JSON name (see <see cref="LogtoJson"/>), from where it is also written back.
/// </summary>
internal sealed class LogtoEpochMillisecondsConverter : LogtoInstantConverter
{
    /// <inheritdoc/>
    protected override string Expected => "a timestamp in milliseconds";

    /// <inheritdoc/>
    protected override void Write(JsonWriter writer, DateTimeOffset value) => writer.WriteValue(value.ToUnixTimeMilliseconds());
}
