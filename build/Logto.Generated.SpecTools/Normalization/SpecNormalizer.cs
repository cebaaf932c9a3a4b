using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Normalization;

/// <summary>The normalized document and the names it gave.</summary>
/// <param name="Document">The normalized OpenAPI document.</param>
/// <param name="Groups">The named types.</param>
/// <param name="Unions">Every oneOf/anyOf met, with its branches and what it became.</param>
internal sealed record NormalizationResult(JObject Document, IReadOnlyList<SchemaGroup> Groups, IReadOnlyList<(string Branches, string Outcome)> Unions);

/// <summary>
/// Rewrites the Logto OpenAPI document into one NSwag generates a good client from: every inline object and string
/// enum becomes a named component, structurally identical schemas share one component, unions are collapsed without
/// losing a branch, and tags become identifiers. The input is not changed.
/// </summary>
internal sealed class SpecNormalizer
{
    public const string SearchTypeName = "LogtoSearch";
    public const string EnumMarker = "x-logto-enum";

    private static readonly string[] Operations = ["get", "put", "post", "delete", "patch", "head", "options"];

    private readonly JObject _spec;
    private readonly SchemaGroups _groups = new();
    private readonly UnionCollapser _unions;
    private readonly Dictionary<string, SchemaGroup> _componentGroups = new(StringComparer.Ordinal);

    private SpecNormalizer(JObject spec)
    {
        _spec = spec;
        _unions = new UnionCollapser(ResolveComponent);
    }

    public static NormalizationResult Normalize(JObject input, IReadOnlyDictionary<string, string> pins) =>
        Normalize(input, new TypeNameRules(pins, new Dictionary<string, string>()));

    public static NormalizationResult Normalize(JObject input, TypeNameRules names)
    {
        var normalizer = new SpecNormalizer((JObject)input.DeepClone());
        return normalizer.Run(names);
    }

    public static IEnumerable<(string Path, string Method, JObject Operation)> EnumerateOperations(JObject spec) =>
        from path in (spec["paths"] as JObject)?.Properties() ?? []
        from method in Operations
        let operation = path.Value[method] as JObject
        where operation is not null
        select (path.Name, method, operation);

    private NormalizationResult Run(TypeNameRules names)
    {
        var schemas = _spec["components"]?["schemas"] as JObject ?? new JObject();
        var plainComponents = ProcessComponents(schemas);
        foreach (var (_, _, operation) in EnumerateOperations(_spec).ToList())
        {
            ProcessOperation(operation);
        }

        SplitLookAlikeBodies();
        var clientNames = EnumerateOperations(_spec).Select(o => (string?)o.Operation["tags"]?[0] + "Client");
        new GroupNamer(names, clientNames.Concat(ReservedNames)).Assign(_groups.All);
        WriteComponents(plainComponents);
        RewriteReferences(_spec);
        RewriteTags();
        SurfaceAnnotator.Annotate(_spec);
        return new NormalizationResult(_spec, _groups.All, _unions.Collapsed);
    }

    /// <summary>
    /// Request bodies of different operations that merely look alike (<c>{"roleIds": [...]}</c>) and are used nowhere
    /// else become one type per operation, each named after its own operation: merging must never put one operation's
    /// name on another's body.
    /// </summary>
    private void SplitLookAlikeBodies()
    {
        var bodies = EnumerateOperations(_spec)
            .Select(o => (Id: (string)o.Operation["operationId"]!, Schema: o.Operation["requestBody"]?["content"]?["application/json"]?["schema"] as JObject))
            .Where(o => o.Schema?["$ref"] is not null)
            .ToList();
        foreach (var group in _groups.All.ToList())
        {
            var onlyBodies = group.ComponentName is null && group.Parents.Count == 0 && group.RootPlaces.Count > 1
                && group.RootPlaces.All(p => p.Use.Role == UseRole.Request && p.Suffix.Length == 0);
            if (!onlyBodies)
            {
                continue;
            }

            foreach (var place in group.RootPlaces.OrderBy(p => p.Use.Operation, StringComparer.Ordinal).Skip(1).ToList())
            {
                var copy = _groups.Split(group, place, place.Use.Operation + "Request");
                foreach (var body in bodies.Where(b => b.Id == place.Use.Operation && (string?)b.Schema!["$ref"] == group.Placeholder))
                {
                    body.Schema!["$ref"] = copy.Placeholder;
                }
            }
        }
    }

    private static readonly string[] ReservedNames =
        [SearchTypeName, "LogtoApiException", "LogtoResponse", "FileParameter", "FileResponse", "Type", "Object", "String", "Task", "Uri", "Action", "Func", "Exception", "Attribute", "Version"];

    private JObject ProcessComponents(JObject schemas)
    {
        var plain = new JObject();
        foreach (var component in schemas.Properties().ToList())
        {
            var processed = Process((JObject)component.Value, SchemaSite.Root(component.Name), false);
            var placeholder = (string?)processed["$ref"];
            if (placeholder is not null && placeholder.StartsWith(SchemaGroups.PlaceholderPrefix, StringComparison.Ordinal))
            {
                var group = _groups.All[int.Parse(placeholder[SchemaGroups.PlaceholderPrefix.Length..], System.Globalization.CultureInfo.InvariantCulture)];
                group.ComponentName ??= component.Name;
                _componentGroups[component.Name] = group;
            }
            else
            {
                plain[component.Name] = processed;
            }
        }

        return plain;
    }

    private JObject? ResolveComponent(string reference)
    {
        const string prefix = "#/components/schemas/";
        return reference.StartsWith(prefix, StringComparison.Ordinal) ? _spec["components"]?["schemas"]?[reference[prefix.Length..]] as JObject : null;
    }

    private void ProcessOperation(JObject operation)
    {
        var operationId = (string)operation["operationId"]!;
        if (operation["parameters"] is JArray parameters)
        {
            operation["parameters"] = new JArray(parameters.OfType<JObject>().Select(p => ProcessParameter(operationId, p)));
        }

        if (operation["requestBody"]?["content"] is JObject requestContent)
        {
            ProcessRequestContent(operationId, requestContent);
        }

        if (operation["responses"] is JObject responses)
        {
            ProcessResponses(operationId, responses);
        }
    }

    private JObject ProcessParameter(string operationId, JObject parameter)
    {
        var reference = (string?)parameter["$ref"];
        if (reference is not null)
        {
            // An unresolvable reference (a cut-off spec) is kept as it is, for NSwag to report.
            if (_spec.SelectToken(ToJsonPath(reference)) is not JObject target)
            {
                return parameter;
            }

            parameter = (JObject)target.DeepClone();
        }

        var name = (string)parameter["name"]!;
        if (name == "search_params")
        {
            parameter["schema"] = new JObject { ["$ref"] = "#/components/schemas/" + SearchTypeName };
        }
        else if (parameter["schema"] is JObject schema)
        {
            var site = SchemaSite.Root(operationId + Naming.ToPascal(name), operationId, UseRole.Parameter, Naming.ToPascal(name));
            var inQuery = (string?)parameter["in"] == "query";
            parameter["schema"] = (inQuery ? PrimitiveRules.RetypeQueryParameter(name, schema) : null) ?? Process(schema, site, inQuery);
        }

        return parameter;
    }

    private static string ToJsonPath(string reference) =>
        "$" + string.Concat(reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => $"['{s}']"));

    private void ProcessRequestContent(string operationId, JObject content)
    {
        if (content["multipart/form-data"]?["schema"]?["properties"] is JObject formFields)
        {
            MarkUntypedFormFieldsAsFiles(formFields);
        }

        if (content["application/json"] is not JObject json)
        {
            return;
        }

        foreach (var other in content.Properties().Where(p => p.Name != "application/json" && p.Name != "multipart/form-data").ToList())
        {
            other.Remove();
        }

        if (json["schema"] is JObject schema)
        {
            json["schema"] = Process(schema, SchemaSite.Root(operationId + "Request", operationId, UseRole.Request), false);
        }
    }

    /// <summary>Logto's upload operations describe their <c>file</c> field without a type; it is a binary file part.</summary>
    private static void MarkUntypedFormFieldsAsFiles(JObject formFields)
    {
        foreach (var field in formFields.Properties().Select(p => p.Value).OfType<JObject>().Where(f => f["type"] is null && f["$ref"] is null))
        {
            field["type"] = "string";
            field["format"] = "binary";
        }
    }

    private void ProcessResponses(string operationId, JObject responses)
    {
        DropBareSuccessBesideTyped(responses);
        var successes = responses.Properties().Where(p => p.Name.StartsWith('2')).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        for (var i = 0; i < successes.Count; i++)
        {
            if (successes[i].Value["content"]?["application/json"] is JObject json && json["schema"] is JObject schema)
            {
                var word = i == 0 ? string.Empty : StatusWord(successes[i].Name);
                json["schema"] = Process(schema, SchemaSite.Root(operationId + word + "Response", operationId, UseRole.Response), false);
            }
        }
    }

    /// <summary>
    /// NSwag returns the body of one success response and throws on the others; where a body-less 200 or 201 sits
    /// beside a success with a body (Logto's CreateRoleScope lists a bare 200 and a 201 with the scopes), the bare one
    /// is dropped so that the body is returned. A 204 stays: NSwag returns the default value for it.
    /// </summary>
    private static void DropBareSuccessBesideTyped(JObject responses)
    {
        var successes = responses.Properties().Where(p => p.Name.StartsWith('2')).ToList();
        if (successes.Any(p => p.Value["content"] is not null))
        {
            foreach (var bare in successes.Where(p => p.Value["content"] is null && p.Name != "204"))
            {
                bare.Remove();
            }
        }
    }

    private static string StatusWord(string status) => status switch
    {
        "200" => "Ok",
        "201" => "Created",
        "202" => "Accepted",
        "204" => "NoContent",
        _ => "Other",
    };

    private JObject Process(JObject schema, SchemaSite site, bool forQueryParameter)
    {
        if ((string?)schema["$ref"] is { } reference)
        {
            // A reference to a primitive component (a string alias, say) is inlined, so that it merges with its twins.
            var target = ResolveComponent(reference);
            return target is null || SchemaKeys.IsObject(target) ? (JObject)schema.DeepClone() : Process(target, site, forQueryParameter);
        }

        if (UnionCollapser.IsUnion(schema))
        {
            return Process(_unions.Collapse(schema, forQueryParameter), site, forQueryParameter);
        }

        if ((string?)schema["description"] == PrimitiveRules.ValidatorDescription)
        {
            // Logto's zod validators are described as objects whatever they hold: the type comes from evidence.
            return PrimitiveRules.Validator(schema, site.Suffix);
        }

        if ((string?)schema["format"] == PrimitiveRules.TimestampFormat)
        {
            // The date format marks epoch-millisecond timestamps (PrimitiveRules.Timestamp); a plain date stays a string.
            var plain = (JObject)schema.DeepClone();
            plain.Remove("format");
            schema = plain;
        }

        var type = (string?)schema["type"];
        if (type == "string" && schema["enum"] is JArray values)
        {
            var enumSchema = new JObject { ["type"] = "string", ["enum"] = values.DeepClone() };
            CopyDescription(schema, enumSchema);
            CopyUnionMarker(schema, enumSchema);
            return Hoist(enumSchema, site, [], schema);
        }

        if (type == "array")
        {
            var array = (JObject)schema.DeepClone();
            array["items"] = Process(schema["items"] as JObject ?? new JObject(), site.Append("Item"), false);
            return array;
        }

        return SchemaKeys.IsObject(schema) ? ProcessObject(schema, site) : (JObject)schema.DeepClone();
    }

    private JObject ProcessObject(JObject schema, SchemaSite site)
    {
        var properties = schema["properties"] as JObject;
        if (properties is null || properties.Count == 0)
        {
            return FreeFormObject(schema, site, untypedValues: false);
        }

        if (properties.Properties().Any(p => p.Name.StartsWith('[')))
        {
            // A "[translationKey]" pseudo-property describes a map whose values nest in practice: keep them untyped.
            return FreeFormObject(schema, site, untypedValues: true);
        }

        var edges = new List<SchemaEdge>();
        var result = new JObject { ["type"] = "object" };
        CopyDescription(schema, result);
        CopyUnionMarker(schema, result);
        var processed = new JObject();
        foreach (var property in properties.Properties())
        {
            var value = (JObject)property.Value;
            processed[property.Name] = PrimitiveRules.IsTimestamp(property.Name, value) ? PrimitiveRules.Timestamp(value)
                : PrimitiveRules.IsCount(property.Name, value) ? PrimitiveRules.Count(value)
                : Process(value, site.Below(edges, Naming.ToPascal(property.Name)), false);
        }

        result["properties"] = processed;
        if (schema["required"] is JArray required)
        {
            result["required"] = required.DeepClone();
        }

        return Hoist(result, site, edges, schema);
    }

    /// <summary>An object without declared properties: a dictionary of typed values, or of untyped JSON values.</summary>
    private JObject FreeFormObject(JObject schema, SchemaSite site, bool untypedValues)
    {
        var values = schema["additionalProperties"] as JObject;
        var hasTypedValues = !untypedValues && values is not null && (values["type"] is not null || values["$ref"] is not null || UnionCollapser.IsUnion(values));
        var result = new JObject
        {
            ["type"] = "object",
            ["additionalProperties"] = hasTypedValues ? Process(values!, site.Append("Value"), false) : new JObject(),
        };
        CopyDescription(schema, result);
        return WithNullable(result, schema);
    }

    private JObject Hoist(JObject processed, SchemaSite site, List<SchemaEdge> edges, JObject original)
    {
        var group = _groups.Register(processed, site, edges);
        var reference = new JObject { ["$ref"] = group.Placeholder };
        CopyDescription(original, reference);
        if (original["default"] is { } defaultValue)
        {
            reference["default"] = defaultValue.DeepClone();
        }

        return WithNullable(reference, original);
    }

    private static JObject WithNullable(JObject schema, JObject original)
    {
        if (SchemaKeys.IsNullable(original))
        {
            schema["nullable"] = true;
        }

        return schema;
    }

    private static void CopyDescription(JObject from, JObject to)
    {
        if (from["description"] is JValue description)
        {
            to["description"] = description.DeepClone();
        }
    }

    /// <summary>Keeps the record of the branches a union had, for the docs and the tests.</summary>
    private static void CopyUnionMarker(JObject from, JObject to)
    {
        if (from[UnionCollapser.UnionMarker] is JValue marker)
        {
            to[UnionCollapser.UnionMarker] = marker.DeepClone();
        }
    }

    private void WriteComponents(JObject plainComponents)
    {
        if (_spec["components"] is not JObject components)
        {
            components = new JObject();
            _spec["components"] = components;
        }

        components.Remove("parameters");
        var schemas = new JObject(plainComponents.Properties());
        foreach (var group in _groups.All.OrderBy(g => g.FinalName, StringComparer.Ordinal))
        {
            schemas[group.FinalName!] = group.Schema["enum"] is JArray ? ToOpenEnum(group.Schema) : group.Schema;
        }

        schemas[SearchTypeName] = new JObject
        {
            ["type"] = "object",
            ["description"] = "Logto search parameters; hand-written, so excluded from generation.",
            ["properties"] = new JObject { ["search"] = new JObject { ["type"] = "string" } },
        };
        components["schemas"] = schemas;
    }

    /// <summary>
    /// A string enum without its <c>type</c>: NSwag then still generates an enum (through the project's Enum.liquid, an
    /// open struct that keeps unknown values) but no longer puts a <c>StringEnumConverter</c> on the properties.
    /// </summary>
    private static JObject ToOpenEnum(JObject schema)
    {
        var values = schema["enum"]!.Select(v => (string?)v ?? string.Empty).ToList();
        var result = new JObject
        {
            [EnumMarker] = true,
            ["enum"] = new JArray(values),
            ["x-enumNames"] = new JArray(Naming.EnumMemberNames(values)),
        };
        CopyDescription(schema, result);
        CopyUnionMarker(schema, result);
        return result;
    }

    private void RewriteReferences(JToken token)
    {
        foreach (var reference in token.SelectTokens("$..['$ref']").OfType<JValue>().ToList())
        {
            var value = (string)reference!;
            var name = value[(value.LastIndexOf('/') + 1)..];
            if (value.StartsWith(SchemaGroups.PlaceholderPrefix, StringComparison.Ordinal))
            {
                var group = _groups.All[int.Parse(value[SchemaGroups.PlaceholderPrefix.Length..], System.Globalization.CultureInfo.InvariantCulture)];
                reference.Value = "#/components/schemas/" + group.FinalName;
            }
            else if (_componentGroups.TryGetValue(name, out var component))
            {
                reference.Value = "#/components/schemas/" + component.FinalName;
            }
        }
    }

    private void RewriteTags()
    {
        foreach (var (_, _, operation) in EnumerateOperations(_spec))
        {
            if (operation["tags"] is JArray tags)
            {
                operation["tags"] = new JArray(tags.Select(t => Naming.ToTagIdentifier((string)t!)));
            }
        }

        if (_spec["tags"] is JArray declared)
        {
            foreach (var tag in declared.OfType<JObject>())
            {
                tag["name"] = Naming.ToTagIdentifier((string)tag["name"]!);
            }
        }
    }
}
