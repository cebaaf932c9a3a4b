using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Text;
using Logto.Generated.SpecTools.Drift;
using Logto.Generated.SpecTools.Normalization;
using Logto.Generated.SpecTools.Yaml;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools;

/// <summary>The command line of the build-time spec tooling (System.CommandLine): normalize, drift and update-spec.</summary>
internal static class SpecToolsCli
{
    public const int Success = 0;
    public const int Drift = 1;
    public const int Failure = 2;

    /// <summary>Runs one command; bad arguments and unreadable input exit with <see cref="Failure"/> and an "error: " line on <paramref name="error"/>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Build-time tooling for the Logto Management API spec: normalizes it for NSwag and checks it for drift.")
        {
            NormalizeCommand(output),
            DriftCommands.DriftCommand(output),
            DriftCommands.UpdateSpecCommand(output, error),
        };

        // Spec paths are taken as they are: no "@file" response files.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Action is ParseErrorAction)
        {
            // Errors about a given argument or option first: they explain the command's own errors ("unknown option --x"
            // explains the unmatched or missing tokens after it).
            foreach (var parseError in parsed.Errors.OrderBy(e => e.SymbolResult is not (ArgumentResult or OptionResult)))
            {
                await error.WriteLineAsync("error: " + parseError.Message);
            }

            var command = parsed.CommandResult.Command == root ? root.Name : $"{root.Name} {parsed.CommandResult.Command.Name}";
            await error.WriteLineAsync($"See: {command} --help");
            return Failure;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            return await parsed.InvokeAsync(configuration, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or JsonException or YamlDotNet.Core.YamlException or InvalidDataException or ArgumentException)
        {
            await error.WriteLineAsync("error: " + ex.Message);
            return Failure;
        }
    }

    private static Command NormalizeCommand(TextWriter output)
    {
        var spec = new Argument<string>("spec") { Description = "The OpenAPI spec to normalize (YAML or JSON)." };
        var normalized = new Argument<string>("out") { Description = "Where to write the normalized spec (JSON)." };
        var names = PathOption("--names", "The type-name rules (type-names.json).");
        var lockFile = PathOption("--lock", "The type-name lock to keep existing names stable (type-names.lock.json).");
        var writeLock = PathOption("--write-lock", "Write the type-name lock, with names for new types, to this file.");
        var report = PathOption("--report", "Write a report of the type names to this file.");
        var nswag = PathOption("--nswag", "The NSwag configuration to derive the generation's configuration from; needs the four options below.");
        var nswagOut = PathOption("--nswag-out", "Where to write the derived NSwag configuration.");
        var codeOut = PathOption("--code-out", "The C# file NSwag generates.");
        var templates = PathOption("--templates", "The directory of the liquid templates.");
        var facadeOut = PathOption("--facade-out", "Where to write the generated client facade.");
        var webhookEvents = PathOption("--webhook-events", "The table of Logto's webhook events (webhook-events.json); needs --webhook-events-out.");
        var webhookEventsOut = PathOption("--webhook-events-out", "Where to write the webhook event names and data event classes.");
        var command = new Command("normalize", "Rewrites the spec into the form NSwag generates the client from, and names its types.")
        {
            spec, normalized, names, lockFile, writeLock, report, nswag, nswagOut, codeOut, templates, facadeOut, webhookEvents, webhookEventsOut,
        };
        command.Validators.Add(result =>
        {
            foreach (var needed in new[] { nswagOut, codeOut, templates, facadeOut }.Where(o => result.GetResult(nswag) is not null && result.GetResult(o) is null))
            {
                result.AddError($"{needed.Name} is required with --nswag.");
            }

            if ((result.GetResult(webhookEvents) is null) != (result.GetResult(webhookEventsOut) is null))
            {
                result.AddError("--webhook-events and --webhook-events-out go together.");
            }
        });
        command.SetAction(result =>
        {
            var (input, outPath) = (result.GetRequiredValue(spec), result.GetRequiredValue(normalized));
            var rules = TypeNameRules.Load(result.GetValue(names), result.GetValue(lockFile));
            var document = YamlJson.ReadFile(input) as JObject ?? throw new InvalidDataException("The spec is not an object.");
            var normalization = SpecNormalizer.Normalize(document, rules);
            if (result.GetValue(writeLock) is { } lockOut)
            {
                WriteIfChanged(lockOut, TypeNameRules.WriteLock(normalization.Groups));
            }

            WriteIfChanged(outPath, normalization.Document.ToString(Formatting.Indented));
            if (result.GetValue(report) is { } reportPath)
            {
                WriteIfChanged(reportPath, NameReport.Write(normalization.Groups));
            }

            if (result.GetValue(nswag) is { } nswagPath)
            {
                var config = JObject.Parse(File.ReadAllText(nswagPath));
                var derived = NSwagConfig.Derive(config, normalization.Document, outPath, result.GetRequiredValue(codeOut), result.GetRequiredValue(templates));
                WriteIfChanged(result.GetRequiredValue(nswagOut), derived.ToString(Formatting.Indented));
                WriteIfChanged(result.GetRequiredValue(facadeOut), FacadeWriter.Write(normalization.Document));
            }

            if (result.GetValue(webhookEvents) is { } eventsPath)
            {
                WriteIfChanged(result.GetRequiredValue(webhookEventsOut), WebhookEventWriter.Write(WebhookEventWriter.Read(File.ReadAllText(eventsPath))));
            }

            output.WriteLine($"Normalized {input}: {normalization.Groups.Count} named types.");
            return Success;
        });
        return command;
    }

    private static Option<string> PathOption(string name, string description) => new(name) { Description = description, HelpName = "path" };

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
