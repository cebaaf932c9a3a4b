namespace Logto.Generated.SpecTools.Drift;

/// <summary>The arguments of the drift and update-spec commands.</summary>
internal sealed record DriftOptions(string Base, string Upstream, bool Json, bool IncludeDocumentation, bool BaseFragment, string? ReportFile)
{
    public static DriftOptions Parse(string[] args, string command)
    {
        var positional = new List<string>();
        var (json, includeDocumentation, baseFragment) = (false, false, false);
        string? reportFile = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format":
                    json = (i + 1 < args.Length ? args[++i] : null) switch
                    {
                        "json" => true,
                        "text" => false,
                        var other => throw new ArgumentException($"--format must be text or json, not '{other}'."),
                    };
                    break;
                case "--report-file":
                    reportFile = i + 1 < args.Length ? args[++i] : throw new ArgumentException("--report-file needs a path.");
                    break;
                case "--include-docs":
                    includeDocumentation = true;
                    break;
                case "--base-fragment" when command == "drift":
                    baseFragment = true;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new ArgumentException($"Unknown option {option} for {command}.");
                default:
                    positional.Add(args[i]);
                    break;
            }
        }

        return positional.Count == 2
            ? new DriftOptions(positional[0], positional[1], json, includeDocumentation, baseFragment, reportFile)
            : throw new ArgumentException($"{command} needs two specs (a file path or an http(s) URL each), got {positional.Count}.");
    }
}
