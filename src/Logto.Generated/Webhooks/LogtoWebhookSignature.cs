using System.Security.Cryptography;
using System.Text;

namespace Logto.Generated.Webhooks;

/// <summary>
/// Signs and verifies Logto webhook deliveries. Logto sends, in the <see cref="HeaderName"/> header, the lowercase
/// hexadecimal HMAC-SHA256 of the raw request body, keyed with the UTF-8 bytes of the hook's signing key.
/// </summary>
/// <remarks>
/// Verify the raw bytes as they arrived, before parsing them: any re-serialization changes the signature.
/// Verification never throws for a missing or malformed header; it answers <see langword="false"/>.
/// </remarks>
public static class LogtoWebhookSignature
{
    /// <summary>The name of the header that carries the signature: <c>logto-signature-sha-256</c>.</summary>
    public const string HeaderName = "logto-signature-sha-256";

    private const int SignatureBytes = 32;

    /// <summary>Computes the signature Logto sends for <paramref name="body"/>, as lowercase hexadecimal.</summary>
    /// <param name="body">The raw request body.</param>
    /// <param name="signingKey">The hook's signing key.</param>
    /// <returns>The value of the <see cref="HeaderName"/> header for this body.</returns>
    /// <exception cref="ArgumentException"><paramref name="signingKey"/> is null or empty.</exception>
    public static string Sign(ReadOnlySpan<byte> body, string signingKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingKey);
        Span<byte> mac = stackalloc byte[SignatureBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), body, mac);
        return Convert.ToHexString(mac).ToLowerInvariant();
    }

    /// <summary>Whether <paramref name="signature"/> is the signature of <paramref name="body"/> under <paramref name="signingKey"/>.</summary>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="signature">The value of the <see cref="HeaderName"/> header, or null when it was missing.</param>
    /// <param name="signingKey">The hook's signing key.</param>
    /// <returns><see langword="true"/> when the signature matches; <see langword="false"/> when it is missing, malformed or wrong.</returns>
    /// <exception cref="ArgumentException"><paramref name="signingKey"/> is null or empty.</exception>
    public static bool Verify(ReadOnlySpan<byte> body, string? signature, string signingKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingKey);
        Span<byte> received = stackalloc byte[SignatureBytes];
        return TryDecode(signature, received) && Matches(body, received, signingKey);
    }

    /// <summary>
    /// Whether <paramref name="signature"/> is the signature of <paramref name="body"/> under any of
    /// <paramref name="signingKeys"/>: during a key rotation, list the new key and the old one.
    /// </summary>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="signature">The value of the <see cref="HeaderName"/> header, or null when it was missing.</param>
    /// <param name="signingKeys">The signing keys to accept; at least one.</param>
    /// <returns><see langword="true"/> when the signature matches one key; otherwise <see langword="false"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="signingKeys"/> is empty or holds a null or empty key.</exception>
    public static bool Verify(ReadOnlySpan<byte> body, string? signature, IEnumerable<string> signingKeys)
    {
        ArgumentNullException.ThrowIfNull(signingKeys);
        var keys = signingKeys as IReadOnlyCollection<string> ?? signingKeys.ToList();
        if (keys.Count == 0 || keys.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("At least one signing key is needed, and none may be empty.", nameof(signingKeys));
        }

        Span<byte> received = stackalloc byte[SignatureBytes];
        if (!TryDecode(signature, received))
        {
            return false;
        }

        var matched = false;
        foreach (var key in keys)
        {
            // Every key is tried, so that the time taken does not tell which key matched.
            matched |= Matches(body, received, key);
        }

        return matched;
    }

    private static bool Matches(ReadOnlySpan<byte> body, ReadOnlySpan<byte> received, string signingKey)
    {
        Span<byte> expected = stackalloc byte[SignatureBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, received);
    }

    private static bool TryDecode(string? signature, Span<byte> destination)
    {
        if (signature is null)
        {
            return false;
        }

        var text = signature.AsSpan().Trim();
        if (text.Length != SignatureBytes * 2)
        {
            return false;
        }

        for (var i = 0; i < SignatureBytes; i++)
        {
            var high = HexValue(text[2 * i]);
            var low = HexValue(text[(2 * i) + 1]);
            if ((high | low) < 0)
            {
                return false;
            }

            destination[i] = (byte)((high << 4) | low);
        }

        return true;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
