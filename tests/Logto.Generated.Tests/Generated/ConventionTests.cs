using System.Reflection;
using System.Text.RegularExpressions;

namespace Logto.Generated.Tests.Generated;

/// <summary>Rules over the whole assembly, checked by reflection (in the spirit of Octokit's convention tests).</summary>
public partial class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(LogtoManagementClient).Assembly.GetExportedTypes();

    [Test]
    public void No_type_name_is_numbered_or_anonymous()
    {
        var bad = PublicTypes.Select(t => t.Name.Split('`')[0]).Where(n => BadName().IsMatch(n)).ToList();

        Assert.That(bad, Is.Empty);
        Assert.That(PublicTypes, Has.Length.GreaterThan(400));
    }

    [TestCase("Application")]
    [TestCase("User")]
    [TestCase("Organization")]
    [TestCase("OrganizationRole")]
    [TestCase("OrganizationScope")]
    [TestCase("Role")]
    [TestCase("Scope")]
    [TestCase("Resource")]
    [TestCase("Connector")]
    [TestCase("Hook")]
    [TestCase("SsoConnector")]
    [TestCase("Domain")]
    [TestCase("SignInExperience")]
    [TestCase("ApplicationSignInExperience")]
    [TestCase("OrganizationInvitation")]
    [TestCase("OidcClientMetadata")]
    [TestCase("CustomClientMetadata")]
    [TestCase("ProtectedAppMetadata")]
    [TestCase("ApplicationType")]
    public void The_main_entities_have_their_natural_names(string name) =>
        Assert.That(PublicTypes.Select(t => t.Name), Does.Contain(name));

    [Test]
    public void Main_operations_use_the_natural_entity_types()
    {
        Assert.That(typeof(IApplicationsClient).GetMethod(nameof(IApplicationsClient.ListApplicationsAsync))!.ReturnType, Is.EqualTo(typeof(LogtoPageable<Application>)));
        Assert.That(ResultType<IUsersClient>(nameof(IUsersClient.GetUserAsync)), Is.EqualTo(typeof(User)));
        Assert.That(ResultType<IOrganizationsClient>(nameof(IOrganizationsClient.GetOrganizationAsync)), Is.EqualTo(typeof(Organization)));
        Assert.That(ResultType<IRolesClient>(nameof(IRolesClient.GetRoleAsync)), Is.EqualTo(typeof(Role)));
        Assert.That(typeof(Application).GetProperty(nameof(Application.Type))!.PropertyType, Is.EqualTo(typeof(ApplicationType)));
    }

    [Test]
    public void Every_client_is_a_class_with_its_interface()
    {
        Type[] facades = [typeof(LogtoManagementClient), typeof(LogtoAccountClient), typeof(LogtoPublicClient)];
        var clients = PublicTypes.Where(t => t.IsClass && t.Name.EndsWith("Client", StringComparison.Ordinal) && !facades.Contains(t)).ToList();

        Assert.That(clients, Has.Count.EqualTo(40));
        Assert.That(clients.Where(c => c.GetInterface("I" + c.Name) is null), Is.Empty);
    }

    [Test]
    public void Every_async_client_method_is_virtual_and_takes_a_cancellation_token_last()
    {
        var methods = LogtoClientCatalog.All.SelectMany(c => c.Implementation.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) || typeof(Task).IsAssignableFrom(m.ReturnType))
            .ToList();

        Assert.That(methods.Count(m => !m.Name.EndsWith("WithResponseAsync", StringComparison.Ordinal)), Is.EqualTo(359));
        Assert.That(methods.Where(m => !m.IsVirtual).Select(m => m.Name), Is.Empty);
        Assert.That(methods.Where(m => m.GetParameters().LastOrDefault()?.ParameterType != typeof(CancellationToken)).Select(m => m.Name), Is.Empty);
        Assert.That(methods.Where(m => !m.Name.EndsWith("Async", StringComparison.Ordinal)).Select(m => m.Name), Is.Empty);
    }

    [Test]
    public void String_enums_are_open_value_types()
    {
        var enums = PublicTypes.Where(t => t.IsEnum && IsGenerated(t)).Select(t => t.Name).ToList();
        var open = PublicTypes.Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ILogtoEnum<>))).ToList();

        Assert.That(enums, Is.Empty, "a C# enum cannot keep a value the server adds later");
        Assert.That(open, Has.Count.GreaterThan(50));
    }

    private static bool IsGenerated(Type type) => type.IsDefined(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute), false);

    private static Type ResultType<TClient>(string method) => typeof(TClient).GetMethod(method)!.ReturnType.GetGenericArguments()[0];

    [GeneratedRegex("^(Anonymous|Body|Response)|[0-9]$")]
    private static partial Regex BadName();
}
