using System.Text;

namespace Logto.Generated.SpecTools.Yaml;

/// <summary>Which scalar styles can represent a string, by libyaml's analysis of its characters.</summary>
internal sealed record ScalarAnalysis(bool Multiline, bool PlainAllowed, bool SingleQuotedAllowed, bool BlockAllowed)
{
    public static ScalarAnalysis Of(string value)
    {
        if (value.Length == 0)
        {
            return new ScalarAnalysis(false, true, true, false);
        }

        var scan = new Scan(value);
        scan.Run();
        var plain = !(scan.LeadingSpace || scan.LeadingBreak || scan.TrailingSpace || scan.TrailingBreak
            || scan.BreakSpace || scan.SpaceBreak || scan.Special || scan.LineBreaks || scan.BlockIndicators);
        var single = !(scan.BreakSpace || scan.SpaceBreak || scan.Special);
        var block = !(scan.TrailingSpace || scan.SpaceBreak || scan.Special);
        return new ScalarAnalysis(scan.LineBreaks, plain, single, block);
    }

    /// <summary>libyaml's printable set: LF, ASCII 0x20-0x7E, and the BMP from U+00A0 except surrogates, BOM, U+FFFE and U+FFFF.</summary>
    public static bool IsPrintable(Rune character) => character.Value switch
    {
        0x0A => true,
        >= 0x20 and <= 0x7E => true,
        >= 0xA0 and <= 0xD7FF => true,
        >= 0xE000 and <= 0xFFFD => character.Value != 0xFEFF,
        _ => false,
    };

    public static bool IsBreak(Rune character) => character.Value is '\r' or '\n' or 0x85 or 0x2028 or 0x2029;

    private static bool IsBlank(Rune? character) =>
        character is null || character.Value.Value is ' ' or '\t' || IsBreak(character.Value);

    private sealed class Scan(string value)
    {
        private readonly Rune[] runes = value.EnumerateRunes().ToArray();

        public bool BlockIndicators { get; private set; }
        public bool LeadingSpace { get; private set; }
        public bool LeadingBreak { get; private set; }
        public bool TrailingSpace { get; private set; }
        public bool TrailingBreak { get; private set; }
        public bool BreakSpace { get; private set; }
        public bool SpaceBreak { get; private set; }
        public bool Special { get; private set; }
        public bool LineBreaks { get; private set; }

        public void Run()
        {
            BlockIndicators = value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal);
            var precededByWhitespace = true;
            var previousSpace = false;
            var previousBreak = false;
            for (var i = 0; i < runes.Length; i++)
            {
                var character = runes[i];
                var followedByWhitespace = IsBlank(i + 1 < runes.Length ? runes[i + 1] : null);
                CheckIndicators(character, i == 0, precededByWhitespace, followedByWhitespace);
                Special |= !IsPrintable(character);
                var last = i == runes.Length - 1;
                if (character.Value == ' ')
                {
                    LeadingSpace |= i == 0;
                    TrailingSpace |= last;
                    BreakSpace |= previousBreak;
                    (previousSpace, previousBreak) = (true, false);
                }
                else if (IsBreak(character))
                {
                    LineBreaks = true;
                    LeadingBreak |= i == 0;
                    TrailingBreak |= last;
                    SpaceBreak |= previousSpace;
                    (previousSpace, previousBreak) = (false, true);
                }
                else
                {
                    (previousSpace, previousBreak) = (false, false);
                }

                precededByWhitespace = IsBlank(character);
            }
        }

        private void CheckIndicators(Rune character, bool first, bool precededByWhitespace, bool followedByWhitespace)
        {
            var c = character.Value;
            if (first)
            {
                BlockIndicators |= c is '#' or ',' or '[' or ']' or '{' or '}' or '&' or '*' or '!' or '|' or '>'
                    or '\'' or '"' or '%' or '@' or '`';
                BlockIndicators |= c is '?' or ':' or '-' && followedByWhitespace;
            }
            else
            {
                BlockIndicators |= c == ':' && followedByWhitespace;
                BlockIndicators |= c == '#' && precededByWhitespace;
            }
        }
    }
}
