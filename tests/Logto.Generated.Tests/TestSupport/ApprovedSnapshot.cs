namespace Logto.Generated.Tests.TestSupport;

/// <summary>Compares a text with its approved snapshot, writing a <c>.received.txt</c> beside it when they differ.</summary>
internal static class ApprovedSnapshot
{
    public static void AssertMatches(string actual, string approvedPath)
    {
        actual = actual.ReplaceLineEndings("\n");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        var receivedPath = approvedPath.Replace(".approved.txt", ".received.txt", StringComparison.Ordinal);
        if (actual != approved)
        {
            File.WriteAllText(receivedPath, actual);
        }

        Assert.That(actual, Is.EqualTo(approved),
            $"The public API changed. If that is intended, replace {Path.GetFileName(approvedPath)} with {Path.GetFileName(receivedPath)} beside it.");
    }
}
