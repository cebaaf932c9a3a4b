using System.Text.Json;

namespace Logto.Generated;

/// <summary>
/// Lets System.Text.Json (the serializer of ASP.NET Core's minimal APIs, MVC, <c>HttpClient.GetFromJsonAsync</c> and
/// SignalR) read and write Logto.Generated's models exactly as Logto sends them.
/// </summary>
public static class LogtoSystemTextJsonExtensions
{
    /// <summary>
    /// Adds a converter for every generated model, open enum and <c>Newtonsoft.Json.Linq.JToken</c>. A model is then
    /// written as the Management API writes it: Logto's property names, timestamps in epoch milliseconds, the values of
    /// <c>JToken</c> properties such as <c>customData</c>, and properties the client does not know (its
    /// <c>AdditionalProperties</c>) flattened back into the object. A model read from a request body remembers which
    /// properties the JSON held: one that was absent stays unset (and is not sent on to Logto), one that was
    /// <c>null</c> is set to null (and clears the field). The options' naming policy and other settings do not apply
    /// to these types; every other type is serialized as before.
    /// </summary>
    /// <param name="options">The options to change, such as <c>o.SerializerOptions</c> in
    /// <c>builder.Services.ConfigureHttpJsonOptions(o =&gt; o.SerializerOptions.AddLogto())</c>, or
    /// <c>o.JsonSerializerOptions</c> in <c>AddControllers().AddJsonOptions(...)</c>.</param>
    /// <returns>The same options, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only: they have been used already.</exception>
    public static JsonSerializerOptions AddLogto(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Converters.Any(converter => converter is LogtoSystemTextJsonConverterFactory))
        {
            options.Converters.Insert(0, LogtoSystemTextJsonConverterFactory.Instance);
        }

        return options;
    }
}
