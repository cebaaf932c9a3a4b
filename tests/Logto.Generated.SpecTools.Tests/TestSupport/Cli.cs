namespace Logto.Generated.SpecTools.Tests.TestSupport;

/// <summary>Runs the spec tools command line in-process and captures its exit code and output.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await SpecToolsCli.RunAsync(args, output, error);
        return new Result(exitCode, output.ToString(), error.ToString());
    }
}
