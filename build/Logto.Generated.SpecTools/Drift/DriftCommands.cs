using System.CommandLine;
using System.Text;
using Logto.Generated.SpecTools.Yaml;

namespace Logto.Generated.SpecTools.Drift;

/// <summary>The drift and update-spec commands.</summary>
internal static class DriftCommands
{
    /// <summary>drift: compares the base spec with the upstream spec; exits with <see cref="SpecToolsCli.Drift"/> when API changes are reported.</summary>
    public static Command DriftCommand(TextWriter output)
    {
        var command = new Command("drift", "Compares two specs and reports the API changes. Exit code 0: no API drift, 1: drift, 2: error.");
        var options = DriftOptions.AddTo(command, "The base spec: a file path or an http(s) URL; JSON or YAML.", allowBaseFragment: true);
        command.SetAction((result, cancellationToken) => DriftAsync(options(result), output, cancellationToken));
        return command;
    }

    /// <summary>update-spec: writes the upstream spec over the vendored one, and prints what changed.</summary>
    /// <remarks>The status line goes to <paramref name="status"/> when the report is JSON, so that the output stays parseable.</remarks>
    public static Command UpdateSpecCommand(TextWriter output, TextWriter status)
    {
        var command = new Command(
            "update-spec",
            "Writes the upstream spec over the vendored one (a YAML upstream as it is, a JSON upstream converted to YAML) and reports the API changes.");
        var options = DriftOptions.AddTo(command, "The vendored spec file to overwrite (YAML).", allowBaseFragment: false);
        command.SetAction((result, cancellationToken) => UpdateSpecAsync(options(result), output, status, cancellationToken));
        return command;
    }

    private static async Task<int> DriftAsync(DriftOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var baseSpec = await SpecLoader.LoadAsync(options.Base, options.BaseFragment, cancellationToken);
        var upstream = await SpecLoader.LoadAsync(options.Upstream, fragment: false, cancellationToken);
        var report = Report(baseSpec, upstream, options);
        await WriteReportAsync(report, options, output, cancellationToken);
        return report.HasDrift ? SpecToolsCli.Drift : SpecToolsCli.Success;
    }

    private static async Task<int> UpdateSpecAsync(DriftOptions options, TextWriter output, TextWriter status, CancellationToken cancellationToken)
    {
        var vendored = await SpecLoader.LoadAsync(options.Base, fragment: false, cancellationToken);
        var upstream = await SpecLoader.LoadAsync(options.Upstream, fragment: false, cancellationToken);
        var report = Report(vendored, upstream, options);
        var content = upstream.IsJson ? Encoding.UTF8.GetBytes(YamlSpecWriter.Write(upstream.Document)) : upstream.Content;
        var changed = SpecToolsCli.WriteIfChanged(options.Base, content);
        await (options.Json ? status : output).WriteLineAsync(changed
            ? $"Updated {options.Base} from {upstream.Source}; the next build regenerates the client."
            : $"{options.Base} already matches {upstream.Source}.");
        await WriteReportAsync(report, options, output, cancellationToken);
        return SpecToolsCli.Success;
    }

    private static async Task WriteReportAsync(DriftReport report, DriftOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var text = options.Json ? JsonReportFormatter.Format(report) : TextReportFormatter.Format(report);
        await output.WriteAsync(text);
        if (options.ReportFile is { } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.WriteAllTextAsync(path, text, cancellationToken);
        }
    }

    private static DriftReport Report(LoadedSpec baseSpec, LoadedSpec upstream, DriftOptions options) =>
        DriftReport.Create(
            baseSpec.Source,
            upstream.Source,
            SpecComparer.Compare(baseSpec.Document, upstream.Document, baseIsFragment: options.BaseFragment),
            options.IncludeDocumentation);
}
