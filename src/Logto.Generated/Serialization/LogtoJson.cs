using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Logto.Generated;

/// <summary>
/// The JSON settings of every generated client, applied through NSwag's settings transformation. They read the
/// server leniently: a missing "required" property, a null in a non-nullable property or an unknown property never
/// throws (unknown properties land in <c>AdditionalProperties</c>, and so does a value of a known property that its
/// converter cannot read, such as a timestamp that is not a number). They write a model's properties only when they
/// were set: a property set to null is sent as <c>null</c>, one never set is not sent.
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
        var callersHandler = settings.Error;
        settings.Error = callersHandler is null || callersHandler == KeepUnreadableValuesHandler
            ? KeepUnreadableValuesHandler
            : (sender, args) =>
            {
                KeepUnreadableValues(sender, args);
                if (!args.ErrorContext.Handled)
                {
                    callersHandler(sender, args);
                }
            };
        return settings;
    }

    /// <summary>Settings as the generated clients use them, for callers who serialize models themselves.</summary>
    public static JsonSerializerSettings CreateSettings() => Configure(new JsonSerializerSettings());

    private static readonly EventHandler<Newtonsoft.Json.Serialization.ErrorEventArgs> KeepUnreadableValuesHandler = KeepUnreadableValues;

    /// <summary>A value a converter could not read goes, as it was sent, to the model's extension data under its own name.</summary>
    private static void KeepUnreadableValues(object? sender, Newtonsoft.Json.Serialization.ErrorEventArgs args)
    {
        if (args.ErrorContext.Error is LogtoUnreadableValueException unreadable
            && args.CurrentObject is { } model
            && args.ErrorContext.Member is string member
            && LenientContractResolver.Instance.ResolveContract(model.GetType()) is JsonObjectContract { ExtensionDataSetter: { } keep })
        {
            keep(model, member, unreadable.Value);
            args.ErrorContext.Handled = true;
        }
    }

    /// <summary>The one serializer of every generated client, built once from <see cref="CreateSettings"/> and never changed, so that it is safe to share.</summary>
    internal static JsonSerializer Serializer { get; } = JsonSerializer.Create(CreateSettings());

    private sealed class LenientContractResolver : DefaultContractResolver
    {
        public static readonly LenientContractResolver Instance = new();

        private static readonly MethodInfo TypedPredicate = typeof(LenientContractResolver).GetMethod(nameof(Predicate), BindingFlags.NonPublic | BindingFlags.Static)!;

        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            property.Required = Required.Default;
            // Reading always creates a property's value and sets it, so that the model records that it was read.
            property.ObjectCreationHandling = ObjectCreationHandling.Replace;
            var wasSet = WasSet(member);
            if (wasSet is not null)
            {
                // A property that was set is written even when it is null: that is how Logto clears a field.
                property.ShouldSerialize = wasSet;
                property.NullValueHandling = NullValueHandling.Include;
            }

            if (property.Converter is null && LogtoNumberConverter.Instance.CanConvert(property.PropertyType!))
            {
                property.Converter = LogtoNumberConverter.Instance;
            }
            else if (property.Converter is null && wasSet is not null && LogtoIntegerConverter.Instance.CanConvert(property.PropertyType!))
            {
                property.Converter = LogtoIntegerConverter.Instance;
            }

            if (property.PropertyType is { IsValueType: true } type && Nullable.GetUnderlyingType(type) is null)
            {
                // A null where a value type is declared is skipped when reading, instead of failing the body.
                property.NullValueHandling = NullValueHandling.Ignore;
                if (IsLogtoEnum(type))
                {
                    // An enum nobody gave a value is left out, as a null would be, instead of being written as "".
                    var unset = Activator.CreateInstance(type);
                    var read = property.ValueProvider!;
                    property.ShouldSerialize = instance => (wasSet is null || wasSet(instance)) && !Equals(read.GetValue(instance), unset);
                }
            }

            return property;
        }

        /// <summary>A generated model's private <c>ShouldSerialize{Property}</c>, which knows whether the property was set.</summary>
        private static Predicate<object>? WasSet(MemberInfo member)
        {
            var method = member.DeclaringType?.GetMethod("ShouldSerialize" + member.Name, BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes);
            return method is null || method.ReturnType != typeof(bool)
                ? null
                : (Predicate<object>)TypedPredicate.MakeGenericMethod(member.DeclaringType!).Invoke(null, [method])!;
        }

        private static Predicate<object> Predicate<T>(MethodInfo method)
        {
            var call = method.CreateDelegate<Func<T, bool>>();
            return instance => call((T)instance);
        }

        private static bool IsLogtoEnum(Type type) =>
            type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ILogtoEnum<>));
    }
}
