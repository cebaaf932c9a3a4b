using System.Text;

namespace Logto.Generated.SpecTools.Yaml;

/// <summary>
/// The low-level state of a block-style YAML emitter (column, indentation, whitespace), following the rules of
/// libyaml's emitter, which produced the vendored spec: 2-space indentation, lines folded after column 80.
/// </summary>
internal sealed class YamlOutput
{
    public const int BestIndent = 2;
    public const int BestWidth = 80;

    private readonly StringBuilder text = new();

    /// <summary>The current column, counted in Unicode scalar values.</summary>
    public int Column { get; private set; }

    /// <summary>The indentation of the current block (-1 before the root node).</summary>
    public int Indent { get; set; } = -1;

    /// <summary>True when the last written character is whitespace (or nothing was written yet).</summary>
    public bool Whitespace { get; set; } = true;

    /// <summary>True while only indentation has been written on the current line.</summary>
    public bool Indention { get; set; } = true;

    public override string ToString() => text.ToString();

    public void Put(char character)
    {
        text.Append(character);
        Column++;
    }

    public void Write(Rune character)
    {
        text.Append(character.ToString());
        Column++;
    }

    public void PutBreak()
    {
        text.Append('\n');
        Column = 0;
    }

    /// <summary>Moves to the current indentation, starting a new line unless only indentation was written.</summary>
    public void WriteIndent()
    {
        var indent = Math.Max(Indent, 0);
        if (!Indention || Column > indent || (Column == indent && !Whitespace))
        {
            PutBreak();
        }

        while (Column < indent)
        {
            Put(' ');
        }

        Whitespace = true;
        Indention = true;
    }

    public void WriteIndicator(string indicator, bool needWhitespace, bool isWhitespace, bool isIndention)
    {
        if (needWhitespace && !Whitespace)
        {
            Put(' ');
        }

        foreach (var character in indicator)
        {
            Put(character);
        }

        Whitespace = isWhitespace;
        Indention = Indention && isIndention;
    }

    /// <summary>Enters a nested block and returns the indentation to restore when leaving it.</summary>
    public int IncreaseIndent(bool flow, bool indentless)
    {
        var saved = Indent;
        if (Indent < 0)
        {
            Indent = flow ? BestIndent : 0;
        }
        else if (!indentless)
        {
            Indent += BestIndent;
        }

        return saved;
    }
}
