using System.Reflection;

namespace Logto.Generated.Testing;

/// <summary>
/// Every operation of the vendored spec, read from the generated clients (each holds one operation descriptor per
/// method: id, method, route template). Requests to an operation the fake does not implement answer 501 naming it.
/// </summary>
internal static class LogtoOperations
{
    private static readonly Lazy<IReadOnlyList<(string OperationId, string Method, string Template, string[] Segments)>> All = new(Load);

    public static IReadOnlyList<(string OperationId, string Method, string Template, string[] Segments)> List => All.Value;

    /// <summary>The spec's operation for a request, or null.</summary>
    public static (string OperationId, string Template)? Find(string method, string path)
    {
        var segments = FakeRouter.Split(path);
        foreach (var operation in All.Value)
        {
            if (operation.Method == method && FakeRouter.TryBind(operation.Segments, segments, values: null))
            {
                return (operation.OperationId, operation.Template);
            }
        }

        return null;
    }

    private static IReadOnlyList<(string, string, string, string[])> Load()
    {
        var assembly = typeof(LogtoManagementClient).Assembly;
        var descriptor = assembly.GetType("Logto.Generated.LogtoOperationInfo");
        if (descriptor is null)
        {
            return [];
        }

        var id = descriptor.GetProperty("OperationId")!;
        var method = descriptor.GetProperty("Method")!;
        var template = descriptor.GetProperty("RouteTemplate")!;
        var operations = new List<(string, string, string, string[])>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            {
                if (field.FieldType != descriptor || field.GetValue(null) is not { } operation)
                {
                    continue;
                }

                var route = (string)template.GetValue(operation)!;
                var verb = (string)method.GetValue(operation)!;
                if (seen.Add(verb + " " + route))
                {
                    operations.Add(((string)id.GetValue(operation)!, verb, route, FakeRouter.Split(route)));
                }
            }
        }

        // Literal segments win over parameters: /api/users/{userId}/roles before /api/users/{userId}/{other}.
        return operations.OrderByDescending(operation => operation.Item4.Count(segment => !segment.StartsWith('{'))).ToList();
    }
}
