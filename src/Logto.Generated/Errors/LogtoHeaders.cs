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
}
