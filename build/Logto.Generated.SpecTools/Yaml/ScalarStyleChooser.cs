using System.Globalization;
using System.Text;

namespace Logto.Generated.SpecTools.Yaml;

/// <summary>The ways a scalar is written.</summary>
internal enum YamlScalarStyle
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
}

/// <summary>
/// Chooses the style of a string scalar the way the vendored spec's writer (Ruby's Psych over libyaml) does: the
/// style Psych requests for the string, then libyaml's fallback when the characters do not allow that style.
/// </summary>
internal static class ScalarStyleChooser
{
    public static YamlScalarStyle Choose(string value, bool simpleKey)
    {
        var analysis = ScalarAnalysis.Of(value);
        var style = Requested(value);
        if (simpleKey && analysis.Multiline)
        {
            style = YamlScalarStyle.DoubleQuoted;
        }

        if (style == YamlScalarStyle.Plain && (!analysis.PlainAllowed || (value.Length == 0 && simpleKey)))
        {
            style = YamlScalarStyle.SingleQuoted;
        }

        if (style == YamlScalarStyle.SingleQuoted && !analysis.SingleQuotedAllowed)
        {
            style = YamlScalarStyle.DoubleQuoted;
        }

        if (style == YamlScalarStyle.Literal && (!analysis.BlockAllowed || simpleKey))
        {
            style = YamlScalarStyle.DoubleQuoted;
        }

        return style;
    }

    /// <summary>Psych's request: literal for multi-line text, double quotes for text that starts with a non-word character, single quotes for text that reads as another type.</summary>
    private static YamlScalarStyle Requested(string value)
    {
        if (HasInnerLineBreak(value))
        {
            return YamlScalarStyle.Literal;
        }

        if (value is "y" or "Y" or "n" or "N" || HasLineStartingWithNonWord(value))
        {
            return YamlScalarStyle.DoubleQuoted;
        }

        var octalLike = value.Length > 1 && value[0] == '0' && value.Skip(1).SkipWhile(c => c is >= '0' and <= '7').FirstOrDefault() is '8' or '9';
        return RubyScalarScanner.ReadsAsNonString(value) || octalLike || value == "<<" ? YamlScalarStyle.SingleQuoted : YamlScalarStyle.Plain;
    }

    /// <summary>A line break that is neither the last character nor followed only by a last line break (Ruby: /\n(?!\Z)/).</summary>
    private static bool HasInnerLineBreak(string value)
    {
        for (var i = value.IndexOf('\n'); i >= 0; i = value.IndexOf('\n', i + 1))
        {
            var atEnd = i + 1 == value.Length || (i + 2 == value.Length && value[i + 1] == '\n');
            if (!atEnd)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Ruby's /^[^[:word:]][^"]*$/ with its line anchors: some line starts with a non-word character (an empty line
    /// starts with its line break) and no double quote follows before the end of that line (or of the next one).
    /// </summary>
    private static bool HasLineStartingWithNonWord(string value)
    {
        var lines = value.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                if (i < lines.Length - 1 && !lines[i + 1].Contains('"'))
                {
                    return true;
                }
            }
            else if (Rune.GetRuneAt(lines[i], 0) is var first && !IsWord(first) && !lines[i][first.Utf16SequenceLength..].Contains('"'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWord(Rune character) => Rune.GetUnicodeCategory(character) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };
}
