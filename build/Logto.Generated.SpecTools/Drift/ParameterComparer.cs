using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Drift;

/// <summary>
/// Compares the parameters of two versions of an operation, matched by location and name. A parameter reference that
/// cannot be resolved (a truncated fragment) matches the parameter that the other side reaches through the same reference.
/// </summary>
internal sealed class ParameterComparer(RefResolver baseRefs, RefResolver upstreamRefs, SchemaComparer schemas)
{
    public void Compare(SpecOperation before, SpecOperation after, ChangeSite site)
    {
        var (was, now) = (Collect(before, baseRefs), Collect(after, upstreamRefs));
        var matched = new HashSet<ParameterEntry>();
        foreach (var parameter in was)
        {
            var upstream = now.FirstOrDefault(p => p.Key == parameter.Key)
                ?? now.FirstOrDefault(p => parameter.Reference is not null && p.Reference == parameter.Reference);
            if (upstream is null)
            {
                site.At(parameter.Location, Direction.Request).Add(ChangeKind.ParameterRemoved);
                continue;
            }

            matched.Add(upstream);
            if (parameter.Parameter is { } baseParameter && upstream.Parameter is { } upstreamParameter)
            {
                CompareParameter(baseParameter, upstreamParameter, site.At(parameter.Location, Direction.Request));
            }
        }

        foreach (var parameter in now.Where(p => !matched.Contains(p)))
        {
            var required = parameter.Parameter is { } resolved && IsRequired(resolved);
            site.At(parameter.Location, Direction.Request)
                .Add(ChangeKind.ParameterAdded, to: required ? "required" : "optional", essential: required);
        }
    }

    private void CompareParameter(JObject parameter, JObject upstream, ChangeSite site)
    {
        var (wasRequired, isRequired) = (IsRequired(parameter), IsRequired(upstream));
        if (wasRequired != isRequired)
        {
            site.Add(isRequired ? ChangeKind.BecameRequired : ChangeKind.BecameOptional);
        }

        site.CompareText(SchemaFacts.Description(parameter), SchemaFacts.Description(upstream));
        schemas.Compare(Schema(parameter), Schema(upstream), site);
    }

    /// <summary>The path item's parameters, overridden by the operation's own with the same location and name, in declaration order.</summary>
    private static List<ParameterEntry> Collect(SpecOperation operation, RefResolver refs)
    {
        var parameters = new List<ParameterEntry>();
        foreach (var node in operation.PathParameters.Concat(operation.Operation["parameters"] as JArray ?? []))
        {
            var resolved = refs.Resolve(node);
            var entry = resolved.Node is { } parameter
                ? new ParameterEntry($"{parameter["in"]}:{parameter["name"]}", parameter, resolved.Reference)
                : resolved.Reference is { } reference ? new ParameterEntry("$ref:" + reference, null, reference) : null;
            if (entry is not null)
            {
                parameters.RemoveAll(p => p.Key == entry.Key);
                parameters.Add(entry);
            }
        }

        return parameters;
    }

    private static bool IsRequired(JObject parameter) => parameter["required"]?.Type == JTokenType.Boolean && (bool)parameter["required"]!;

    private static JToken? Schema(JObject parameter) =>
        parameter["schema"] ?? (parameter["content"] as JObject)?.Properties().FirstOrDefault()?.Value["schema"];

    /// <summary>A parameter as declared: its "in:name" key, the resolved object (null when its reference cannot be resolved) and the reference followed.</summary>
    private sealed record ParameterEntry(string Key, JObject? Parameter, string? Reference)
    {
        public string Location => Parameter is null ? $"parameter {Reference}" : $"{Parameter["in"]} parameter '{Parameter["name"]}'";
    }
}
