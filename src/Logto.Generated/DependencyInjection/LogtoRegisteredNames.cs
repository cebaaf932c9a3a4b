namespace Logto.Generated;

/// <summary>The message of a lookup by a name that nothing is registered under.</summary>
internal static class LogtoRegisteredNames
{
    /// <summary>An <see cref="ArgumentException"/> for the parameter <c>name</c> that lists the registered names and says how to register it.</summary>
    public static ArgumentException Unknown(string what, string name, IEnumerable<string> registered, string registration)
    {
        var names = registered.Order(StringComparer.Ordinal).Select(key => key.Length == 0 ? "(unnamed)" : $"'{key}'").ToList();
        return new ArgumentException(
            $"No {what} is registered under the name '{name}'. Registered: {(names.Count == 0 ? "none" : string.Join(", ", names))}. Register it with {registration}.",
            nameof(name));
    }
}
