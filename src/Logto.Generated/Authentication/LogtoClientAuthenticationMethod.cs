namespace Logto.Generated;

/// <summary>How <see cref="ClientCredentialsTokenProvider"/> presents the client id and secret to Logto's token endpoint.</summary>
public enum LogtoClientAuthenticationMethod
{
    /// <summary>An HTTP Basic <c>Authorization</c> header (OAuth <c>client_secret_basic</c>); the default.</summary>
    ClientSecretBasic,

    /// <summary><c>client_id</c> and <c>client_secret</c> form fields in the request body (OAuth <c>client_secret_post</c>).</summary>
    ClientSecretPost,
}
