using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated;

/// <summary>
/// A value a Logto converter could not read, with the value as the server sent it. <see cref="LogtoJson"/>'s settings
/// catch it and keep the value in the model's <c>AdditionalProperties</c>, so that reading goes on.
/// </summary>
internal sealed class LogtoUnreadableValueException(string message, JToken value) : JsonSerializationException(message)
{
    /// <summary>The value as it was read.</summary>
    public JToken Value { get; } = value;
}
