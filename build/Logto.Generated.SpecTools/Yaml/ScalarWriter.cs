using System.Globalization;
using System.Text;

namespace Logto.Generated.SpecTools.Yaml;

/// <summary>Writes a scalar in a given style, folding long plain and quoted lines at spaces as libyaml does.</summary>
internal static class ScalarWriter
{
    public static void Write(YamlOutput output, string value, YamlScalarStyle style, bool allowBreaks)
    {
        var runes = value.EnumerateRunes().ToArray();
        if (style == YamlScalarStyle.Literal)
        {
            WriteLiteral(output, runes);
            return;
        }

        if (style == YamlScalarStyle.Plain)
        {
            WritePlain(output, runes, allowBreaks);
        }
        else if (style == YamlScalarStyle.SingleQuoted)
        {
            WriteSingleQuoted(output, runes, allowBreaks);
        }
        else
        {
            WriteDoubleQuoted(output, runes, allowBreaks);
        }

        output.Whitespace = false;
        output.Indention = false;
    }

    private static bool IsSpace(Rune[] runes, int index) => index < runes.Length && runes[index].Value == ' ';

    private static bool CanFold(YamlOutput output, bool allowBreaks, bool spaces) =>
        allowBreaks && !spaces && output.Column > YamlOutput.BestWidth;

    private static void WritePlain(YamlOutput output, Rune[] runes, bool allowBreaks)
    {
        if (!output.Whitespace && runes.Length > 0)
        {
            output.Put(' ');
        }

        var spaces = false;
        for (var i = 0; i < runes.Length; i++)
        {
            var isSpace = runes[i].Value == ' ';
            if (isSpace && CanFold(output, allowBreaks, spaces) && !IsSpace(runes, i + 1))
            {
                output.WriteIndent();
            }
            else
            {
                output.Write(runes[i]);
            }

            spaces = isSpace;
        }
    }

    private static void WriteSingleQuoted(YamlOutput output, Rune[] runes, bool allowBreaks)
    {
        output.WriteIndicator("'", true, false, false);
        var spaces = false;
        var breaks = false;
        for (var i = 0; i < runes.Length; i++)
        {
            var character = runes[i];
            if (character.Value == ' ')
            {
                if (CanFold(output, allowBreaks, spaces) && i != 0 && i != runes.Length - 1 && !IsSpace(runes, i + 1))
                {
                    output.WriteIndent();
                }
                else
                {
                    output.Write(character);
                }

                spaces = true;
            }
            else if (ScalarAnalysis.IsBreak(character))
            {
                if (!breaks && character.Value == '\n')
                {
                    output.PutBreak();
                }

                output.PutBreak();
                output.Indention = true;
                breaks = true;
            }
            else
            {
                if (breaks)
                {
                    output.WriteIndent();
                }

                if (character.Value == '\'')
                {
                    output.Put('\'');
                }

                output.Write(character);
                output.Indention = false;
                spaces = false;
                breaks = false;
            }
        }

        if (breaks)
        {
            output.WriteIndent();
        }

        output.WriteIndicator("'", false, false, false);
    }

    private static void WriteDoubleQuoted(YamlOutput output, Rune[] runes, bool allowBreaks)
    {
        output.WriteIndicator("\"", true, false, false);
        var spaces = false;
        for (var i = 0; i < runes.Length; i++)
        {
            var character = runes[i];
            if (NeedsEscape(character))
            {
                foreach (var escaped in Escape(character))
                {
                    output.Put(escaped);
                }

                spaces = false;
            }
            else if (character.Value == ' ')
            {
                if (CanFold(output, allowBreaks, spaces) && i != 0 && i != runes.Length - 1)
                {
                    output.WriteIndent();
                    if (IsSpace(runes, i + 1))
                    {
                        output.Put('\\');
                    }
                }
                else
                {
                    output.Write(character);
                }

                spaces = true;
            }
            else
            {
                output.Write(character);
                spaces = false;
            }
        }

        output.WriteIndicator("\"", false, false, false);
    }

    private static bool NeedsEscape(Rune character) =>
        !ScalarAnalysis.IsPrintable(character) || character.Value == 0xFEFF || ScalarAnalysis.IsBreak(character)
        || character.Value is '"' or '\\';

    private static string Escape(Rune character) => character.Value switch
    {
        0x00 => "\\0",
        0x07 => "\\a",
        0x08 => "\\b",
        0x09 => "\\t",
        0x0A => "\\n",
        0x0B => "\\v",
        0x0C => "\\f",
        0x0D => "\\r",
        0x1B => "\\e",
        0x22 => "\\\"",
        0x5C => "\\\\",
        0x85 => "\\N",
        0xA0 => "\\_",
        0x2028 => "\\L",
        0x2029 => "\\P",
        <= 0xFF => "\\x" + character.Value.ToString("X2", CultureInfo.InvariantCulture),
        <= 0xFFFF => "\\u" + character.Value.ToString("X4", CultureInfo.InvariantCulture),
        _ => "\\U" + character.Value.ToString("X8", CultureInfo.InvariantCulture),
    };

    /// <summary>A literal block leaves the emitter at the start of a line after a final break, so the next key needs no extra break.</summary>
    private static void WriteLiteral(YamlOutput output, Rune[] runes)
    {
        output.WriteIndicator("|", true, false, false);
        WriteBlockHints(output, runes);
        output.PutBreak();
        output.Indention = true;
        output.Whitespace = true;
        var breaks = true;
        foreach (var character in runes)
        {
            if (ScalarAnalysis.IsBreak(character))
            {
                output.PutBreak();
                output.Indention = true;
                breaks = true;
            }
            else
            {
                if (breaks)
                {
                    output.WriteIndent();
                }

                output.Write(character);
                output.Indention = false;
                breaks = false;
            }
        }
    }

    /// <summary>An indentation hint when the text starts with a space or break; "-" to strip a missing final break, "+" to keep extra ones.</summary>
    private static void WriteBlockHints(YamlOutput output, Rune[] runes)
    {
        if (runes.Length > 0 && (runes[0].Value == ' ' || ScalarAnalysis.IsBreak(runes[0])))
        {
            output.WriteIndicator(YamlOutput.BestIndent.ToString(CultureInfo.InvariantCulture), false, false, false);
        }

        var lastIsBreak = runes.Length > 0 && ScalarAnalysis.IsBreak(runes[^1]);
        var keep = lastIsBreak && (runes.Length == 1 || ScalarAnalysis.IsBreak(runes[^2]));
        if (!lastIsBreak)
        {
            output.WriteIndicator("-", false, false, false);
        }
        else if (keep)
        {
            output.WriteIndicator("+", false, false, false);
        }
    }
}
