using System.CodeDom.Compiler;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Newtonsoft.Json.Linq;

namespace Logto.Generated;

/// <summary>
/// Converts the types whose JSON shape Logto.Generated defines (the generated models and open enums, and
/// <see cref="JToken"/>) by handing them to the clients' own Newtonsoft.Json serializer, so that there is one
/// definition of the wire format.
/// </summary>
internal sealed class LogtoSystemTextJsonConverterFactory : JsonConverterFactory
{
    public static readonly LogtoSystemTextJsonConverterFactory Instance = new();

    private static readonly Assembly Models = typeof(LogtoJson).Assembly;

    public override bool CanConvert(Type typeToConvert) =>
        typeof(JToken).IsAssignableFrom(typeToConvert) || IsGeneratedModel(typeToConvert) || IsOpenEnum(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(LogtoNewtonsoftBridgeConverter<>).MakeGenericType(typeToConvert))!;

    /// <summary>A class NJsonSchema generated into this assembly (a request, response or nested model).</summary>
    internal static bool IsGeneratedModel(Type type) =>
        type.Assembly == Models
        && type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
        && type.GetCustomAttribute<GeneratedCodeAttribute>() is { Tool: "NJsonSchema" };

    private static bool IsOpenEnum(Type type) =>
        type.Assembly == Models
        && type.IsValueType
        && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ILogtoEnum<>));
}
