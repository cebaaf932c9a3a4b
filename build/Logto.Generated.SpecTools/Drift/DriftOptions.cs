using System.CommandLine;

namespace Logto.Generated.SpecTools.Drift;

/// <summary>The arguments of the drift and update-spec commands.</summary>
internal sealed record DriftOptions(string Base, string Upstream, bool Json, bool IncludeDocumentation, bool BaseFragment, string? ReportFile)
{
    /// <summary>Declares the arguments and options on <paramref name="command"/>; returns how to read them from its parse result.</summary>
    /// <param name="command">The drift or update-spec command.</param>
    /// <param name="baseDescription">What the first spec is.</param>
    /// <param name="allowBaseFragment">Whether the command takes --base-fragment.</param>
    public static Func<ParseResult, DriftOptions> AddTo(Command command, string baseDescription, bool allowBaseFragment)
    {
        var baseSpec = new Argument<string>("base") { Description = baseDescription };
        var upstream = new Argument<string>("upstream")
        {
            Description = "The upstream spec: a file path or an http(s) URL such as https://<tenant>.logto.app/api/swagger.json; JSON or YAML.",
        };
        var format = new Option<string>("--format") { Description = "The report format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var includeDocs = new Option<bool>("--include-docs") { Description = "Also report server URL and description changes as drift." };
        var reportFile = new Option<string>("--report-file") { Description = "Also write the report to this file.", HelpName = "path" };
        var baseFragment = new Option<bool>("--base-fragment")
        {
            Description = "The base is the start of a longer YAML spec, cut anywhere: compare only its complete operations.",
        };
        foreach (var spec in new[] { baseSpec, upstream })
        {
            // An unknown option would otherwise be taken for a spec path.
            spec.Validators.Add(result =>
            {
                if (result.Tokens is [{ Value: ['-', _, ..] value }])
                {
                    result.AddError($"Unknown option {value} for {command.Name}.");
                }
            });
            command.Arguments.Add(spec);
        }

        command.Options.Add(format);
        command.Options.Add(includeDocs);
        command.Options.Add(reportFile);
        if (allowBaseFragment)
        {
            command.Options.Add(baseFragment);
        }

        return result => new DriftOptions(
            result.GetRequiredValue(baseSpec),
            result.GetRequiredValue(upstream),
            result.GetValue(format) == "json",
            result.GetValue(includeDocs),
            allowBaseFragment && result.GetValue(baseFragment),
            result.GetValue(reportFile));
    }
}
