using System.Globalization;

namespace Logto.Generated;

/// <summary>Checks text before it is percent-encoded as UTF-8.</summary>
internal static class LogtoText
{
    /// <summary>
    /// Throws when the text has an unpaired surrogate: it has no UTF-8 form, and escaping would silently send U+FFFD
    /// instead, which could address or match something else.
    /// </summary>
    /// <exception cref="ArgumentException">The text is not well-formed UTF-16.</exception>
    public static void CheckWellFormed(string value, string parameterName, string what)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The {what} '{parameterName}' has an unpaired surrogate (U+{(int)value[i]:X4}) at index {i}: it is not valid Unicode text and cannot be sent."),
                    parameterName);
            }
        }
    }
}
