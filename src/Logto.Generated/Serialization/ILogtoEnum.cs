namespace Logto.Generated;

/// <summary>
/// A string enum of the Logto API, generated as an open value type: its named values were known when the client was
/// generated, and any other value the server sends is kept as it is and written back unchanged.
/// </summary>
/// <typeparam name="TSelf">The enum type itself.</typeparam>
public interface ILogtoEnum<TSelf> : IEquatable<TSelf>
    where TSelf : struct, ILogtoEnum<TSelf>
{
    /// <summary>The value as it is sent on the wire.</summary>
    string Value { get; }

    /// <summary>Whether the value was known when the client was generated.</summary>
    bool IsKnown { get; }

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    static abstract TSelf FromValue(string value);
}
