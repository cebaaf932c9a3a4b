using System.Text;

namespace Logto.Generated;

/// <summary>Keeps credentials out of the bodies that end up in exceptions, in case a server or proxy echoes them.</summary>
internal static class LogtoCredentialRedaction
{
    /// <summary>What replaces a credential.</summary>
    public const string Redacted = "[redacted]";

    /// <summary>Removes every occurrence of a secret from a text.</summary>
    public static string? Redact(string? text, string? secret) =>
        string.IsNullOrEmpty(text) || string.IsNullOrEmpty(secret) ? text : text.Replace(secret, Redacted, StringComparison.Ordinal);

    /// <summary>
    /// Returns the body with the credentials of the request's <c>Authorization</c> header (a bearer token, or the
    /// encoded client id and secret) replaced, or null when the body does not contain them.
    /// </summary>
    public static byte[]? Redact(HttpRequestMessage request, ReadOnlySpan<byte> body)
    {
        if (request.Headers.Authorization?.Parameter is not { Length: > 0 } credential
            || body.IndexOf(Encoding.UTF8.GetBytes(credential)) < 0)
        {
            return null;
        }

        return Encoding.UTF8.GetBytes(Redact(Encoding.UTF8.GetString(body), credential)!);
    }
}
