using System.Reflection;

namespace Logto.Generated.Tests.Generated;

/// <summary>Rules of the call surface, checked by reflection over every public method and constructor of the library.</summary>
public class SurfaceConventionTests
{
    private static readonly MethodBase[] PublicMembers = typeof(LogtoManagementClient).Assembly.GetExportedTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Cast<MethodBase>()
            .Concat(t.GetConstructors()))
        .ToArray();

    [Test]
    public void No_parameter_name_contains_an_underscore()
    {
        var bad = PublicMembers.SelectMany(m => m.GetParameters().Where(p => p.Name!.Contains('_', StringComparison.Ordinal)).Select(p => $"{m.DeclaringType!.Name}.{m.Name}({p.Name})"));

        Assert.That(bad, Is.Empty);
        Assert.That(PublicMembers, Has.Length.GreaterThan(1000));
    }

    [Test]
    public void No_public_method_has_more_than_two_optional_parameters_besides_the_cancellation_token()
    {
        var bad = PublicMembers
            .Where(m => m.GetParameters().Count(p => p.IsOptional && p.ParameterType != typeof(CancellationToken)) > 2)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");

        Assert.That(bad, Is.Empty);
    }

    [Test]
    public void Every_operation_takes_its_own_options_class_as_its_one_optional_parameter_before_the_cancellation_token()
    {
        var methods = LogtoClientCatalog.All.SelectMany(c => c.Interface.GetMethods()).ToList();

        var bad = methods.Where(m => m.GetParameters() is var parameters
                && (parameters.Length < 2
                    || parameters[^2].Name != "options"
                    || parameters[^2].ParameterType.Name != m.Name.Replace("WithResponseAsync", string.Empty, StringComparison.Ordinal).Replace("Async", string.Empty, StringComparison.Ordinal) + "Options"
                    || parameters[..^2].Any(p => p.IsOptional)))
            .Select(m => m.DeclaringType!.Name + "." + m.Name);

        Assert.That(bad, Is.Empty);
        Assert.That(methods, Has.Count.EqualTo(689));
    }

    [Test]
    public void Optional_query_parameters_are_options_properties_named_in_PascalCase_without_underscores()
    {
        Assert.That(typeof(ListUsersOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => p.Name), Is.EquivalentTo(new[] { "PageSize", "Search" }));
        Assert.That(typeof(ListLogsOptions).GetProperty("StartTime"), Is.Not.Null);
        Assert.That(typeof(GetUserOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => p.Name), Is.EquivalentTo(new[] { "IncludeSsoIdentities", "IncludePasswordHash" }));
        Assert.That(typeof(ListUsersOptions).GetProperty("Page"), Is.Null, "the pageable sets the page");
    }

    [Test]
    public void Required_query_parameters_stay_positional_in_camelCase()
    {
        var method = typeof(ISamlApplicationsAuthFlowClient).GetMethod(nameof(ISamlApplicationsAuthFlowClient.GetSamlAuthnAsync))!;

        Assert.That(method.GetParameters().Select(p => p.Name), Does.Contain("samlRequest"));
    }
}
