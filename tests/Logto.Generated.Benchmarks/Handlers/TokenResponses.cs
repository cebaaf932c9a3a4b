using System.Text;

namespace Logto.Generated.Benchmarks.Handlers;

/// <summary>A token response shaped like Logto's, with an access token as long as a real Logto JWT (about 800 characters).</summary>
internal static class TokenResponses
{
    public static string AccessToken { get; } = "eyJhbGciOiJFUzM4NCIsInR5cCI6ImF0K2p3dCJ9." + new string('x', 700) + ".signature";

    public static byte[] Create() =>
        Encoding.UTF8.GetBytes($$"""{"access_token":"{{AccessToken}}","expires_in":3600,"token_type":"Bearer","scope":"all"}""");
}
