namespace Logto.Generated.Docs.Tests;

/// <summary>Every C# block in README.md and docs/*.md compiles against the current API.</summary>
public class DocSamplesTests
{
    private static readonly string RepoRoot = FindRepoRoot();

    private static IEnumerable<TestCaseData> Samples() =>
        MarkdownFiles()
            .SelectMany(file => DocSample.Read(file, File.ReadAllText(Path.Combine(RepoRoot, file))))
            .Select(sample => new TestCaseData(sample).SetName($"{sample.File.Replace('/', '.')}:{sample.Line}"));

    [TestCaseSource(nameof(Samples))]
    public void Compiles(DocSample sample)
    {
        var errors = SampleCompiler.Errors(sample.Code, sample.File, sample.Line + 1);
        Assert.That(errors, Is.Empty, $"{sample} does not compile:\n{string.Join("\n", errors)}\n\n{sample.Code}");
    }

    /// <summary>Pages about tooling rather than the API, which show shell commands only.</summary>
    private static readonly string[] PagesWithoutCSharp = ["docs/packages.md", "docs/performance.md", "docs/spec-drift.md", "docs/upgrade-0.2-type-names.md"];

    [Test]
    public void Every_page_about_the_api_has_samples_to_check()
    {
        foreach (var file in MarkdownFiles().Except(PagesWithoutCSharp))
        {
            var count = DocSample.Read(file, File.ReadAllText(Path.Combine(RepoRoot, file))).Count();
            Assert.That(count, Is.GreaterThan(0), $"{file} has no C# sample to check");
        }

        Assert.That(Samples().Count(), Is.GreaterThanOrEqualTo(25), "the samples found across the docs");
    }

    [Test]
    public void A_sample_that_does_not_compile_is_reported_with_its_error()
    {
        var errors = SampleCompiler.Errors("var user = await logto.Users.NoSuchOperationAsync(\"u1\");");

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0], Does.Contain("NoSuchOperationAsync"));
    }

    [Test]
    public void A_sample_sees_the_ambient_names_and_may_shadow_them()
    {
        Assert.That(SampleCompiler.Errors("var logto = 3; Console.WriteLine(logto + 1); builder.Services.AddLogging();"), Is.Empty);
    }

    [Test]
    public void An_unclosed_block_is_refused()
    {
        Assert.Throws<FormatException>(() => DocSample.Read("x.md", "```csharp\nvar x = 1;\n").ToList());
    }

    /// <summary>Pages that name the types of earlier versions on purpose.</summary>
    private static readonly string[] HistoryPages = ["docs/upgrade-0.2-type-names.md"];

    private static IEnumerable<TestCaseData> Pages() => MarkdownFiles().Except(HistoryPages).Select(file => new TestCaseData(file).SetName("Names in " + file));

    [TestCaseSource(nameof(Pages))]
    public void A_type_or_member_named_in_prose_exists(string file)
    {
        var missing = ProseNames.Missing(File.ReadAllText(Path.Combine(RepoRoot, file))).ToList();

        Assert.That(missing, Is.Empty, $"{file} names types or members the built assemblies do not have");
    }

    [Test]
    public void A_name_that_does_not_exist_is_reported()
    {
        Assert.That(ProseNames.Missing("Use `LogtoNoSuchThing` or `LogtoException.NoSuchMember`, not `LogtoException.StatusCode`."), Is.EqualTo(new[] { "LogtoNoSuchThing", "LogtoException.NoSuchMember" }));
    }

    private static IEnumerable<string> MarkdownFiles()
    {
        yield return "README.md";
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepoRoot, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            yield return "docs/" + Path.GetFileName(path);
        }
    }

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Logto.Generated.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (with Logto.Generated.sln) is not above " + AppContext.BaseDirectory);
    }
}
