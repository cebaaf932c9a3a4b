using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Normalization;

/// <summary>The token an operation is called with, which decides the facade it belongs to.</summary>
internal enum OperationCredential
{
    /// <summary>A machine-to-machine token for the Management API (client credentials): <c>ILogtoManagementClient</c>.</summary>
    Management,

    /// <summary>A signed-in user's access token (Logto's Account API: my-account and verifications): <c>ILogtoAccountClient</c>.</summary>
    Account,

    /// <summary>No token: public documents, health, browser and sign-in flows: <c>ILogtoPublicClient</c>.</summary>
    Public,
}

/// <summary>
/// Sorts operations by credential. The spec marks the public operations with an empty <c>security</c>, but not the
/// user-token ones (they inherit the document's client-credentials scheme), nor the browser SAML flows, so those are
/// named here by tag; a new tag defaults to the Management API and shows up in the drift report.
/// </summary>
internal static class OperationCredentials
{
    /// <summary>Tags (as normalized identifiers) whose operations take a user's access token.</summary>
    private static readonly HashSet<string> AccountTags = new(StringComparer.Ordinal) { "MyAccount", "Verifications" };

    /// <summary>Tags whose operations take no token although the spec does not say so: the SAML identity-provider flow, driven by browsers.</summary>
    private static readonly HashSet<string> PublicTags = new(StringComparer.Ordinal) { "SamlApplicationsAuthFlow" };

    public static OperationCredential Of(JObject operation)
    {
        var tag = (string?)operation["tags"]?[0] ?? string.Empty;
        if (AccountTags.Contains(tag))
        {
            return OperationCredential.Account;
        }

        return PublicTags.Contains(tag) || operation["security"] is JArray { Count: 0 } ? OperationCredential.Public : OperationCredential.Management;
    }
}
