using System.Text;
using Logto.Generated.SpecTools.Drift;
using Logto.Generated.SpecTools.Normalization;
using Logto.Generated.SpecTools.Yaml;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools;

/// <summary>The command line of the build-time spec tooling.</summary>
internal static class SpecToolsCli
{
    public const int Success = 0;
    public const int Drift = 1;
    public const int Failure = 2;

    private const string Usage = """
        usage:
          normalize <spec.yml|json> <out.json> [--names <type-names.json>] [--lock <type-names.lock.json>]
                    [--write-lock <type-names.lock.json>] [--report <names.txt>]
                    [--nswag <nswag.json> --nswag-out <derived.nswag.json> --code-out <Generated.cs> --templates <dir> --facade-out <Facade.cs>]
          drift <base> <upstream> [--format text|json] [--include-docs] [--base-fragment] [--report-file <path>]
                    compares two specs (file paths or http(s) URLs, JSON or YAML); exit 0 no API drift, 1 drift, 2 error
          update-spec <vendored.yml> <upstream> [--format text|json] [--include-docs] [--report-file <path>]
                    writes upstream over the vendored spec (YAML as it is, JSON converted to YAML) and prints the drift
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        try
        {
            return args.FirstOrDefault() switch
            {
                "normalize" => Normalize(args[1..], output),
                "drift" => await DriftCommands.DriftAsync(args[1..], output, cancellationToken),
                "update-spec" => await DriftCommands.UpdateSpecAsync(args[1..], output, error, cancellationToken),
                _ => WriteUsage(error),
            };
        }
        catch (Exception ex) when (ex is IOException or JsonException or YamlDotNet.Core.YamlException or InvalidDataException or ArgumentException)
        {
            await error.WriteLineAsync("error: " + ex.Message);
            return Failure;
        }
    }

    private static int WriteUsage(TextWriter error)
    {
        error.WriteLine(Usage);
        return Failure;
    }

    private static int Normalize(string[] args, TextWriter output)
    {
        if (args.Length < 2)
        {
            throw new ArgumentException("normalize needs an input spec and an output path.");
        }

        var names = TypeNameRules.Load(Option(args, "--names"), Option(args, "--lock"));
        var spec = YamlJson.ReadFile(args[0]) as JObject ?? throw new InvalidDataException("The spec is not an object.");
        var result = SpecNormalizer.Normalize(spec, names);
        if (Option(args, "--write-lock") is { } lockOut)
        {
            WriteIfChanged(lockOut, TypeNameRules.WriteLock(result.Groups));
        }

        WriteIfChanged(args[1], result.Document.ToString(Formatting.Indented));
        if (Option(args, "--report") is { } reportPath)
        {
            WriteIfChanged(reportPath, NameReport.Write(result.Groups));
        }

        if (Option(args, "--nswag") is { } nswagPath)
        {
            var derived = NSwagConfig.Derive(
                JObject.Parse(File.ReadAllText(nswagPath)),
                result.Document,
                args[1],
                Required(args, "--code-out"),
                Required(args, "--templates"));
            WriteIfChanged(Required(args, "--nswag-out"), derived.ToString(Formatting.Indented));
            WriteIfChanged(Required(args, "--facade-out"), FacadeWriter.Write(result.Document));
        }

        output.WriteLine($"Normalized {args[0]}: {result.Groups.Count} named types.");
        return Success;
    }

    private static string Required(string[] args, string name) =>
        Option(args, name) ?? throw new ArgumentException($"{name} is required here.");

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>Writes a file only when its content changes, so that later incremental steps see stable timestamps; returns whether it wrote.</summary>
    public static bool WriteIfChanged(string path, string content) => WriteIfChanged(path, Encoding.UTF8.GetBytes(content));

    /// <inheritdoc cref="WriteIfChanged(string, string)"/>
    public static bool WriteIfChanged(string path, byte[] content)
    {
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, content);
        return true;
    }
}
