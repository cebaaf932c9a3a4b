using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>Binds a spec operation to its generated method and builds arguments that fill every required part.</summary>
internal sealed class OperationCall
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(LogtoJson.CreateSettings());

    private OperationCall(SpecOperation operation, MethodInfo method)
    {
        Operation = operation;
        Method = method;
    }

    public SpecOperation Operation { get; }

    public MethodInfo Method { get; }

    public List<object?> Arguments { get; } = [];

    public string ExpectedPath { get; private set; } = string.Empty;

    public JToken? ExpectedBody { get; private set; }

    /// <summary>The JSON of the body argument (the wire body, unless the client wraps it under a property).</summary>
    public JToken? BodyJson { get; private set; }

    /// <summary>The position of the JSON body among <see cref="Arguments"/>, or -1 when the operation sends none.</summary>
    public int BodyIndex { get; private set; } = -1;

    /// <summary>The type of the JSON body parameter, or null when the operation sends none.</summary>
    public Type? BodyType => BodyIndex < 0 ? null : Method.GetParameters()[BodyIndex].ParameterType;

    public List<string> RequiredQueryNames { get; } = [];

    /// <summary>The <c>...WithResponseAsync</c> twin, or null for a list operation (its pages carry the response).</summary>
    public MethodInfo? WithResponse => ClientInterface(Operation).GetMethod(Operation.OperationId + "WithResponseAsync");

    /// <summary>Whether the operation is a list, returning a <see cref="LogtoPageable{T}"/>.</summary>
    public bool IsList => Method.ReturnType.IsGenericType && Method.ReturnType.GetGenericTypeDefinition() == typeof(LogtoPageable<>);

    /// <summary>The interface of the operation's client, e.g. <c>IApplicationsClient</c>.</summary>
    public static Type ClientInterface(SpecOperation operation) =>
        typeof(LogtoManagementClient).Assembly.GetType($"Logto.Generated.I{operation.Tag}Client", throwOnError: true)!;

    public static MethodInfo? FindMethod(SpecOperation operation) => ClientInterface(operation).GetMethod(operation.OperationId + "Async");

    public static OperationCall Bind(SpecOperation operation)
    {
        var method = FindMethod(operation) ?? throw new InvalidOperationException($"No method for {operation}.");
        var call = new OperationCall(operation, method);
        call.BuildArguments();
        return call;
    }

    public object Client(MockLogto logto) => logto.ClientOf(Operation.Tag);

    private void BuildArguments()
    {
        var path = Operation.Path.TrimStart('/');
        var specParameters = Operation.Parameters.ToDictionary(p => Key((string?)p["x-logto-name"] ?? (string)p["name"]!), StringComparer.Ordinal);
        foreach (var parameter in Method.GetParameters())
        {
            if (parameter.ParameterType == typeof(CancellationToken))
            {
                Arguments.Add(CancellationToken.None);
            }
            else if (parameter.Name == "options")
            {
                Arguments.Add(null);
            }
            else if (specParameters.TryGetValue(Key(parameter.Name!), out var spec))
            {
                Arguments.Add(SpecParameterValue(parameter, spec, ref path));
            }
            else
            {
                Arguments.Add(BodyValue(parameter));
            }
        }

        ExpectedPath = "/" + path;
        if (IsList)
        {
            RequiredQueryNames.AddRange(["page", "page_size"]);
        }
    }

    private object? SpecParameterValue(ParameterInfo parameter, JObject spec, ref string path)
    {
        var name = (string)spec["name"]!;
        if ((string?)spec["in"] == "path")
        {
            var value = "v" + Key(name);
            path = path.Replace("{" + name + "}", value, StringComparison.Ordinal);
            return new JValue(value).ToObject(parameter.ParameterType, Serializer);
        }

        if (spec["required"]?.Value<bool>() != true)
        {
            return parameter.HasDefaultValue ? parameter.DefaultValue : null;
        }

        RequiredQueryNames.Add(name);
        return SampleJson.For((JObject)spec["schema"]!).ToObject(parameter.ParameterType, Serializer);
    }

    private object? BodyValue(ParameterInfo parameter)
    {
        if (parameter.ParameterType == typeof(FileParameter))
        {
            return new FileParameter(new MemoryStream([1, 2, 3]), "file.bin", "application/octet-stream");
        }

        if (Operation.JsonRequestSchema is { } schema && !Operation.HasMultipartBody)
        {
            BodyIndex = parameter.Position;
            BodyJson = SampleJson.For(schema);
            ExpectedBody = (string?)Operation.Operation["x-logto-body-wrap"] is { } wrap ? new JObject { [wrap] = BodyJson.DeepClone() } : BodyJson;
            return BodyJson.ToObject(parameter.ParameterType, Serializer);
        }

        return parameter.ParameterType == typeof(string) ? "text" : parameter.HasDefaultValue ? parameter.DefaultValue : null;
    }

    /// <summary>Matches NSwag's variable names with the spec's wire names.</summary>
    private static string Key(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
