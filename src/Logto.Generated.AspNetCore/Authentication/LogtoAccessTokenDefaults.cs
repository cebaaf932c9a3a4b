namespace Logto.Generated.AspNetCore;

/// <summary>Names used by the third-party applications endpoint's authentication.</summary>
public static class LogtoAccessTokenDefaults
{
    /// <summary>
    /// The name of the JwtBearer authentication scheme that validates Logto access tokens, <c>LogtoAccessToken</c>: name
    /// it in your own policies (<c>AuthorizationPolicyBuilder.AddAuthenticationSchemes</c>) to accept the same tokens.
    /// </summary>
    public const string AuthenticationScheme = "LogtoAccessToken";

    /// <summary>The access token type Logto writes in the JWT header, <c>at+jwt</c>; other types are refused.</summary>
    public const string TokenType = "at+jwt";
}
