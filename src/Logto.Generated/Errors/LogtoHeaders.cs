namespace Logto.Generated;

/// <summary>Case-insensitive look-ups in the header dictionaries that generated clients build.</summary>
internal static class LogtoHeaders
{
    public static string? Find(IReadOnlyDictionary<string, IEnumerable<string>> headers, string name)
    {
        foreach (var header in headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value.FirstOrDefault();
            }
        }

        return null;
    }

    /// <summary>The response and content headers of a response, as the generated clients collect them.</summary>
    public static Dictionary<string, IEnumerable<string>> Of(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            headers[header.Key] = header.Value;
        }

        foreach (var header in response.Content.Headers)
        {
            headers[header.Key] = header.Value;
        }

        return headers;
    }
}
