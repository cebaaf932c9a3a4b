using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Logto.Generated.Docs.Tests;

/// <summary>
/// Compiles a doc sample as a program of its own, against every assembly this test runs with (the libraries, their
/// packages and the ASP.NET Core framework). A sample sees the usings and the ambient names of <see cref="Prelude"/>
/// (<c>logto</c>, <c>builder</c>, <c>app</c>, ...), which it may shadow with its own declarations.
/// </summary>
public static class SampleCompiler
{
    /// <summary>What every sample may use without declaring it.</summary>
    public const string Prelude = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Logto.Generated;
        global using Logto.Generated.AspNetCore;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        global using static DocSampleAmbient;

        /// <summary>Names a doc sample may use as if its surrounding program had declared them.</summary>
        public static class DocSampleAmbient
        {
            public static LogtoManagementClient logto => throw new NotSupportedException();
            public static WebApplicationBuilder builder => throw new NotSupportedException();
            public static WebApplication app => throw new NotSupportedException();
            public static IServiceCollection services => throw new NotSupportedException();
            public static IConfiguration configuration => throw new NotSupportedException();
            public static CancellationToken cancellationToken => default;
            public static string userId => "u1";
            public static IServiceProvider serviceProvider => throw new NotSupportedException();
            public static ILogger logger => throw new NotSupportedException();
            public static ILoggerFactory loggerFactory => throw new NotSupportedException();
        }
        """;

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The compiler's errors for a sample, located in its Markdown file; empty when it compiles.</summary>
    public static IReadOnlyList<string> Errors(string code, string path = "sample.cs", int firstLine = 1)
    {
        var sample = CSharpSyntaxTree.ParseText($"#line {firstLine} \"{path}\"\n{code}", ParseOptions, path);
        var hasStatements = sample.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            "DocSample",
            [CSharpSyntaxTree.ParseText(Prelude, ParseOptions, "prelude.cs"), sample],
            References.Value,
            new CSharpCompilationOptions(
                hasStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();
    }

    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        // The host lists every assembly this process may load, framework and packages alike, at the versions it resolved.
        var trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }
}
