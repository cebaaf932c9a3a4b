using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Logto.Generated;

/// <summary>
/// The JSON settings of every generated client, applied through NSwag's settings transformation. They read the
/// server leniently: a missing "required" property, a null in a non-nullable property or an unknown property never
/// throws (unknown properties land in <c>AdditionalProperties</c>).
/// </summary>
public static class LogtoJson
{
    /// <summary>Applies Logto.Generated's settings to the serializer settings a generated client creates.</summary>
    /// <param name="settings">The settings to change.</param>
    /// <returns>The same settings.</returns>
    public static JsonSerializerSettings Configure(JsonSerializerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.ContractResolver = LenientContractResolver.Instance;
        settings.MissingMemberHandling = MissingMemberHandling.Ignore;
        settings.DateParseHandling = DateParseHandling.None;
        settings.MaxDepth = 256;
        return settings;
    }

    /// <summary>Settings as the generated clients use them, for callers who serialize models themselves.</summary>
    public static JsonSerializerSettings CreateSettings() => Configure(new JsonSerializerSettings());

    /// <summary>The one serializer of every generated client, built once from <see cref="CreateSettings"/> and never changed, so that it is safe to share.</summary>
    internal static JsonSerializer Serializer { get; } = JsonSerializer.Create(CreateSettings());

    private sealed class LenientContractResolver : DefaultContractResolver
    {
        public static readonly LenientContractResolver Instance = new();

        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            property.Required = Required.Default;
            if (property.PropertyType is { IsValueType: true } type && Nullable.GetUnderlyingType(type) is null)
            {
                property.NullValueHandling = NullValueHandling.Ignore;
                if (IsLogtoEnum(type))
                {
                    // An enum nobody set is left out, as a null would be, instead of being written as "".
                    var unset = Activator.CreateInstance(type);
                    var read = property.ValueProvider!;
                    property.ShouldSerialize = instance => !Equals(read.GetValue(instance), unset);
                }
            }

            return property;
        }

        private static bool IsLogtoEnum(Type type) =>
            type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ILogtoEnum<>));
    }
}
