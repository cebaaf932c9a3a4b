using System.Reflection;
using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Queries;

/// <summary>Every operation that takes a search (<c>search_params</c> on the wire) is typed with <see cref="LogtoSearch"/> and writes its keys.</summary>
public class SearchOperationsTests
{
    private static readonly Dictionary<string, string> ExpectedOperations = new()
    {
        ["IApplicationsClient.ListApplicationRolesAsync"] = "/api/applications/id-1/roles",
        ["IApplicationsClient.ListApplicationsAsync"] = "/api/applications",
        ["IResourcesClient.ListResourceScopesAsync"] = "/api/resources/id-1/scopes",
        ["IRolesClient.ListRoleApplicationsAsync"] = "/api/roles/id-1/applications",
        ["IRolesClient.ListRoleScopesAsync"] = "/api/roles/id-1/scopes",
        ["IRolesClient.ListRoleUsersAsync"] = "/api/roles/id-1/users",
        ["IRolesClient.ListRolesAsync"] = "/api/roles",
        ["IUsersClient.ListUserRolesAsync"] = "/api/users/id-1/roles",
        ["IUsersClient.ListUsersAsync"] = "/api/users",
    };

    private static IEnumerable<string> OperationNames => ExpectedOperations.Keys;

    private static IEnumerable<(PropertyInfo Client, MethodInfo Method)> SearchOperations() =>
        from client in typeof(LogtoManagementClient).GetProperties()
        where client.PropertyType.IsInterface
        from method in client.PropertyType.GetMethods()
        where OptionsOf(method)?.GetProperty("Search")?.PropertyType == typeof(LogtoSearch)
        select (client, method);

    [Test]
    public void Exactly_the_nine_search_operations_take_a_LogtoSearch()
    {
        var names = SearchOperations().Select(op => $"{op.Method.DeclaringType!.Name}.{op.Method.Name}").Order(StringComparer.Ordinal);

        Assert.That(names, Is.EqualTo(ExpectedOperations.Keys.Order(StringComparer.Ordinal)));
        Assert.That(SearchOperations().Select(op => op.Method.ReturnType.GetGenericTypeDefinition()), Is.All.EqualTo(typeof(LogtoPageable<>)));
    }

    [TestCaseSource(nameof(OperationNames))]
    public async Task Each_search_operation_writes_the_search_keys(string operation)
    {
        using var logto = new MockLogto();
        var queries = new List<string>();
        logto.Handler.When("*").Respond(request =>
        {
            queries.Add(request.RequestUri!.PathAndQuery);
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("[]") };
        });
        var (client, method) = SearchOperations().Single(op => $"{op.Method.DeclaringType!.Name}.{op.Method.Name}" == operation);
        var options = Activator.CreateInstance(OptionsOf(method)!)!;
        options.GetType().GetProperty("Search")!.SetValue(options, new LogtoSearch().MatchExact("name", "a b", "c").Joint(LogtoSearchJoint.And).CaseSensitive());
        options.GetType().GetProperty("PageSize")!.SetValue(options, 7);
        var arguments = method.GetParameters().Select(parameter => Argument(parameter, options)).ToArray();

        var list = method.Invoke(client.GetValue(logto.Client), arguments)!;
        await (Task)list.GetType().GetMethod("GetPageAsync")!.Invoke(list, [2, CancellationToken.None])!;

        Assert.That(queries, Is.EqualTo(new[]
        {
            ExpectedOperations[operation] + "?page=2&page_size=7&search.name=a%20b&search.name=c&mode.name=exact&joint=and&isCaseSensitive=true",
        }));
    }

    private static Type? OptionsOf(MethodInfo method) => method.GetParameters().SingleOrDefault(p => p.Name == "options")?.ParameterType;

    private static object? Argument(ParameterInfo parameter, object options) => parameter switch
    {
        { Name: "options" } => options,
        { ParameterType: var type } when type == typeof(CancellationToken) => CancellationToken.None,
        { ParameterType: var type } when type == typeof(string) => "id-1",
        _ => throw new InvalidOperationException($"No test value for {parameter.Name}."),
    };
}
