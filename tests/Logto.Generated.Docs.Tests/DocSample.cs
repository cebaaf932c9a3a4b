namespace Logto.Generated.Docs.Tests;

/// <summary>One fenced C# block of a Markdown file.</summary>
/// <param name="File">The Markdown file, relative to the repository root.</param>
/// <param name="Line">The line of the opening fence.</param>
/// <param name="Code">The code between the fences.</param>
public sealed record DocSample(string File, int Line, string Code)
{
    /// <summary>The fenced <c>csharp</c> blocks of a Markdown text.</summary>
    public static IEnumerable<DocSample> Read(string file, string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() is not ("```csharp" or "```cs" or "```c#"))
            {
                continue;
            }

            var start = i;
            var code = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                code.Add(lines[i]);
            }

            if (i == lines.Length)
            {
                throw new FormatException($"{file}:{start + 1}: a C# block is not closed.");
            }

            yield return new DocSample(file, start + 1, string.Join('\n', code));
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}";
}
