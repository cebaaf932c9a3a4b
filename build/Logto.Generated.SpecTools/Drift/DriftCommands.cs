using System.Text;
using Logto.Generated.SpecTools.Yaml;

namespace Logto.Generated.SpecTools.Drift;

/// <summary>The drift and update-spec commands.</summary>
internal static class DriftCommands
{
    /// <summary>Compares the base spec with the upstream spec; returns <see cref="SpecToolsCli.Drift"/> when API changes are reported.</summary>
    public static async Task<int> DriftAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var options = DriftOptions.Parse(args, "drift");
        var baseSpec = await SpecLoader.LoadAsync(options.Base, options.BaseFragment, cancellationToken);
        var upstream = await SpecLoader.LoadAsync(options.Upstream, fragment: false, cancellationToken);
        var report = Report(baseSpec, upstream, options);
        await WriteReportAsync(report, options, output, cancellationToken);
        return report.HasDrift ? SpecToolsCli.Drift : SpecToolsCli.Success;
    }

    /// <summary>Writes the upstream spec over the vendored one (a YAML upstream as it is, a JSON upstream converted to YAML), and prints what changed.</summary>
    /// <remarks>The status line goes to <paramref name="status"/> when the report is JSON, so that the output stays parseable.</remarks>
    public static async Task<int> UpdateSpecAsync(string[] args, TextWriter output, TextWriter status, CancellationToken cancellationToken)
    {
        var options = DriftOptions.Parse(args, "update-spec");
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
