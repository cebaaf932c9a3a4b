using System.Text;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>
/// Asserts that the client secret and the access tokens of the stubs appear nowhere: not in an exception's message,
/// <see cref="Exception.ToString"/> (inner exceptions included), the bodies the exceptions keep, or a text such as the
/// captured logs.
/// </summary>
internal static class SecretAssert
{
    /// <summary>Every token the stubs issue starts with this.</summary>
    public const string TokenPrefix = "access-token-";

    private static readonly string[] Secrets =
    [
        MockLogto.ClientSecret,
        TokenPrefix,
        Convert.ToBase64String(Encoding.UTF8.GetBytes(MockLogto.ClientId + ":" + MockLogto.ClientSecret)),
    ];

    public static void NotIn(string? text, string where)
    {
        foreach (var secret in Secrets)
        {
            Assert.That(text ?? string.Empty, Does.Not.Contain(secret), $"{where} must not contain a secret or a token");
        }
    }

    public static void NotIn(Exception exception)
    {
        NotIn(exception.ToString(), "the exception's ToString()");
        for (var current = exception; current is not null; current = current.InnerException)
        {
            NotIn(current.Message, $"the message of {current.GetType().Name}");
            NotIn((current as LogtoApiException)?.ResponseBody, "LogtoApiException.ResponseBody");
            NotIn((current as LogtoAuthenticationException)?.ResponseBody, "LogtoAuthenticationException.ResponseBody");
        }
    }
}
