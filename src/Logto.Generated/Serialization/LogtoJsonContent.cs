using System.Globalization;
using System.Text;
using Newtonsoft.Json;

namespace Logto.Generated;

/// <summary>Request bodies of the generated clients: JSON written by the one cached serializer.</summary>
internal static class LogtoJsonContent
{
    /// <summary>The body as <c>application/json; charset=utf-8</c>.</summary>
    public static StringContent Create(object? body)
    {
        var text = new StringWriter(new StringBuilder(256), CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = LogtoJson.Serializer.Formatting })
        {
            LogtoJson.Serializer.Serialize(writer, body);
        }

        return new StringContent(text.ToString(), Encoding.UTF8, "application/json");
    }

    /// <summary>An empty body, for the operations that send none with a method that usually has one.</summary>
    public static StringContent Empty(string mediaType) => new(string.Empty, Encoding.UTF8, mediaType);
}
