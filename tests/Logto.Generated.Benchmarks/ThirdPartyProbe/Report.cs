namespace Logto.Generated.ThirdPartyProbe;

/// <summary>The probe's findings, one paragraph each, printed together at the end.</summary>
internal sealed class Report
{
    private readonly System.Text.StringBuilder _text = new();

    public void Line(string line)
    {
        Console.Error.WriteLine(line);
        _text.Append("- ").AppendLine(line);
    }

    public override string ToString() => _text.ToString();
}
