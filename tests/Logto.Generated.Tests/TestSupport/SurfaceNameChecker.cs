using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Logto.Generated.SpecTools.Normalization;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>
/// Finds, by reflection over client interfaces, the places where a name is not true to where it is used: an operation
/// that takes another operation's <c>{X}Request</c> or returns another operation's <c>{X}Response</c>/<c>{X}ResponseItem</c>,
/// an operation that returns a <c>*Request</c> or takes a <c>*Response</c>, and a boolean flag typed <c>string</c>.
/// </summary>
internal static partial class SurfaceNameChecker
{
    /// <summary>Every misplaced name, as <c>Operation: what is wrong</c>.</summary>
    public static List<string> MisplacedNames(IEnumerable<Type> clientInterfaces)
    {
        var problems = new List<string>();
        foreach (var method in Operations(clientInterfaces))
        {
            var operation = OperationOf(method);
            foreach (var body in method.GetParameters().Select(p => p.ParameterType).Where(IsModel))
            {
                if (Named(body, out var owner, out var kind) && (kind != "Request" || owner != operation))
                {
                    problems.Add($"{operation}: takes {body.Name}");
                }
            }

            foreach (var result in Unwrap(method.ReturnType.GetGenericArguments().FirstOrDefault()))
            {
                if (Named(result, out var owner, out var kind) && (kind == "Request" || owner != operation))
                {
                    problems.Add($"{operation}: returns {result.Name}");
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// Every type below an operation's body or result (through properties, collections and dictionaries) whose name
    /// belongs to another operation (<c>{X}Request…</c>, <c>{X}Response…</c>), as <c>Operation: uses Type</c>.
    /// </summary>
    public static List<string> MisplacedNestedNames(IEnumerable<Type> clientInterfaces)
    {
        var methods = Operations(clientInterfaces).ToList();
        var operations = methods.Select(OperationOf).Distinct().OrderByDescending(o => o.Length).ToList();
        var problems = new List<string>();
        foreach (var method in methods)
        {
            var operation = OperationOf(method);
            var roots = method.GetParameters().Select(p => p.ParameterType).Concat(method.ReturnType.GetGenericArguments());
            foreach (var type in Reachable(roots.SelectMany(Unwrap)))
            {
                var owner = operations.FirstOrDefault(o => type.Name.StartsWith(o, StringComparison.Ordinal) && OwnedSuffix().IsMatch(type.Name[o.Length..]));
                if (owner is not null && owner != operation)
                {
                    problems.Add($"{operation}: uses {type.Name}");
                }
            }
        }

        return problems.Distinct().ToList();
    }

    private static HashSet<Type> Reachable(IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            if (seen.Add(type))
            {
                foreach (var property in type.GetProperties().Where(p => p.GetIndexParameters().Length == 0))
                {
                    foreach (var next in Unwrap(property.PropertyType))
                    {
                        pending.Push(next);
                    }
                }
            }
        }

        return seen;
    }

    /// <summary>Every flag-like parameter (or property of an options parameter) typed <c>string</c>.</summary>
    public static List<string> StringFlags(IEnumerable<Type> clientInterfaces)
    {
        var problems = new List<string>();
        foreach (var method in Operations(clientInterfaces))
        {
            var members = method.GetParameters().Select(p => (p.Name!, p.ParameterType))
                .Concat(method.GetParameters().Where(p => p.ParameterType.Name.EndsWith("Options", StringComparison.Ordinal))
                    .SelectMany(p => p.ParameterType.GetProperties().Select(q => (q.Name, q.PropertyType))));
            foreach (var (name, type) in members)
            {
                var camel = char.ToLowerInvariant(name[0]) + name[1..];
                if (type == typeof(string) && (PrimitiveRules.BooleanQueryFlags.Contains(camel) || FlagName().IsMatch(camel)))
                {
                    problems.Add($"{OperationOf(method)}: {name} is a string");
                }
            }
        }

        return problems;
    }

    /// <summary>The operation methods: those returning a task, and the lists returning a pageable.</summary>
    private static IEnumerable<MethodInfo> Operations(IEnumerable<Type> clientInterfaces) =>
        clientInterfaces.SelectMany(i => i.GetMethods())
            .Where(m => (typeof(Task).IsAssignableFrom(m.ReturnType) || IsPageable(m.ReturnType)) && m.Name.EndsWith("Async", StringComparison.Ordinal));

    private static bool IsPageable(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(LogtoPageable<>);

    /// <summary>The operation a method calls: <c>GetUserAsync</c> and its twin <c>GetUserWithResponseAsync</c> both call <c>GetUser</c>.</summary>
    private static string OperationOf(MethodInfo method)
    {
        var name = method.Name[..^"Async".Length];
        return name.EndsWith("WithResponse", StringComparison.Ordinal) ? name[..^"WithResponse".Length] : name;
    }

    /// <summary>Whether a name is an operation's body or result name, and whose.</summary>
    private static bool Named(Type type, out string owner, out string kind)
    {
        // The raw response of a WithResponse twin is the library's own type, not a model named after an operation.
        var match = type == typeof(LogtoResponse) ? Match.Empty : OperationName().Match(type.Name);
        owner = match.Groups["owner"].Value;
        kind = match.Groups["kind"].Value;
        return match.Success;
    }

    private static bool IsModel(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type) && type.Namespace?.StartsWith("Logto.Generated", StringComparison.Ordinal) == true;

    private static IEnumerable<Type> Unwrap(Type? type)
    {
        if (type is null)
        {
            yield break;
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Unwrap))
            {
                yield return argument;
            }
        }
        else if (type.IsArray)
        {
            foreach (var element in Unwrap(type.GetElementType()))
            {
                yield return element;
            }
        }
        else if (IsModel(type))
        {
            yield return type;
        }
    }

    [GeneratedRegex("^(?<owner>[A-Z][A-Za-z]*?)(?:Ok|Created|Accepted|NoContent|Other)?(?<kind>Request|Response)(?:Item)?$")]
    private static partial Regex OperationName();

    [GeneratedRegex("^(Ok|Created|Accepted|NoContent|Other)?(Request|Response)([A-Z]|$)")]
    private static partial Regex OwnedSuffix();

    [GeneratedRegex("^(include|enable|show|is|has|with|remove|allow|use)[A-Z]")]
    private static partial Regex FlagName();
}
