using System.Globalization;
using System.Text.RegularExpressions;

namespace Logto.Generated.SpecTools.Yaml;

/// <summary>
/// Tells whether a plain scalar would read back as something other than a string in YAML 1.1 (integers, floats,
/// booleans, null, times, dates, symbols, sexagesimals), as Ruby's Psych decides before quoting a string.
/// </summary>
internal static partial class RubyScalarScanner
{
    public static bool ReadsAsNonString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        if (WordLike().IsMatch(value) || value.Contains('\n'))
        {
            return value.Length <= 5 && IsNullOrBoolean(value);
        }

        return Time().IsMatch(value)
            || (Date().IsMatch(value) && DateTime.TryParseExact(value, "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            || SpecialFloat().IsMatch(value)
            || value.Length > 1 && value[0] == ':'
            || Sexagesimal().IsMatch(value)
            || (Float().IsMatch(value) && !LoneDot().IsMatch(value))
            || Integer().IsMatch(value);
    }

    private static bool IsNullOrBoolean(string value) =>
        !NotYtonf().IsMatch(value) && (value == "~" || NullWord().IsMatch(value) || BooleanWord().IsMatch(value));

    [GeneratedRegex(@"^[^\d.:-]?[\p{L}\p{M}_\s!@#$%^&*(){}<>|/\\~;=]+")]
    private static partial Regex WordLike();

    [GeneratedRegex("^[^ytonf~]", RegexOptions.IgnoreCase)]
    private static partial Regex NotYtonf();

    [GeneratedRegex("^null$", RegexOptions.IgnoreCase)]
    private static partial Regex NullWord();

    [GeneratedRegex("^(yes|true|on|no|false|off)$", RegexOptions.IgnoreCase)]
    private static partial Regex BooleanWord();

    [GeneratedRegex(@"^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$")]
    private static partial Regex Time();

    [GeneratedRegex(@"^\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)$")]
    private static partial Regex Date();

    [GeneratedRegex(@"^([-+]?\.inf|\.nan)$", RegexOptions.IgnoreCase)]
    private static partial Regex SpecialFloat();

    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}(\.[0-9_]*)?$")]
    private static partial Regex Sexagesimal();

    [GeneratedRegex(@"^[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?$")]
    private static partial Regex Float();

    [GeneratedRegex(@"^[-+]?\.$")]
    private static partial Regex LoneDot();

    [GeneratedRegex(@"^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)$")]
    private static partial Regex Integer();
}
