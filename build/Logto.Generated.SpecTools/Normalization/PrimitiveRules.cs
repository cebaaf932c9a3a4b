using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Normalization;

/// <summary>
/// The primitive types the spec states too loosely, decided by name and by evidence from a real server: boolean query
/// flags that the spec types as strings, epoch-millisecond timestamps and counts that it types as numbers, and Logto's
/// zod validators, which the spec describes as objects whatever they hold.
/// </summary>
internal static partial class PrimitiveRules
{
    /// <summary>
    /// Query parameters the spec types as strings but the server reads as booleans (<c>true</c>, <c>1</c>, <c>yes</c>):
    /// they become <c>bool?</c>, written as <c>true</c> or <c>false</c>. A test fails when the spec gains a flag that
    /// is not listed here (see <see cref="LooksLikeFlag"/>).
    /// </summary>
    public static readonly IReadOnlySet<string> BooleanQueryFlags = new HashSet<string>(StringComparer.Ordinal)
    {
        "enableCap", "includeExecutionStats", "includePasswordHash", "includeScopes", "includeSsoIdentities",
        "includeTokenSecret", "removeUnusedDemoSocialConnector", "showFeatured",
    };

    /// <summary>
    /// Query parameters the spec types as <c>string</c> and describes as "in unix milliseconds" (the log time bounds):
    /// they become timestamps, written as integer milliseconds like the <c>createdAt</c> they bound.
    /// </summary>
    public static readonly IReadOnlySet<string> TimestampQueryParameters = new HashSet<string>(StringComparer.Ordinal) { "start_time", "end_time" };

    /// <summary>Query parameters the spec types as <c>number</c> that are counts: they become integers.</summary>
    public static readonly IReadOnlySet<string> IntegralQueryParameters = new HashSet<string>(StringComparer.Ordinal) { "limit" };

    /// <summary>
    /// Where the real server was seen sending a "Validator function" value, and what it sent: the items of the redirect
    /// URI lists are strings (fixtures/real-logto/responses/ListApplications.json), the username policy is an object
    /// (GetSignInExp.json). A validator without evidence is kept as untyped JSON, which reads whatever is sent.
    /// The key is the place below the enclosing object: the property name, followed by <c>Item</c> for array items.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ValidatorEvidence = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["RedirectUrisItem"] = "string",
        ["PostLogoutRedirectUrisItem"] = "string",
        ["UsernamePolicy"] = "object",
    };

    public const string ValidatorDescription = "Validator function";

    /// <summary>The format that marks a timestamp in the normalized spec; the spec's own <c>date</c> strings lose it.</summary>
    public const string TimestampFormat = "date";

    /// <summary>A string query parameter that reads like an epoch-millisecond time bound: described in unix milliseconds.</summary>
    public static bool LooksLikeTimestamp(JObject schema, string? description) =>
        (string?)schema["type"] is "string" or "number" or "integer" && schema["format"] is null
        && (description ?? string.Empty).Contains("unix milliseconds", StringComparison.OrdinalIgnoreCase);

    /// <summary>A query parameter that reads like a boolean flag: a string without values or format, named or described as a switch.</summary>
    public static bool LooksLikeFlag(string name, JObject schema, string? description) =>
        (string?)schema["type"] == "string" && schema["enum"] is null && schema["format"] is null
        && (FlagName().IsMatch(name) || (description ?? string.Empty).Contains("truthy", StringComparison.OrdinalIgnoreCase)
            || (description ?? string.Empty).StartsWith("Whether", StringComparison.Ordinal));

    /// <summary>The schema of a query parameter, retyped where the spec states it too loosely.</summary>
    public static JObject? RetypeQueryParameter(string name, JObject schema)
    {
        if (BooleanQueryFlags.Contains(name) && (string?)schema["type"] == "string")
        {
            return new JObject { ["type"] = "boolean" };
        }

        if (TimestampQueryParameters.Contains(name) && (string?)schema["type"] == "string")
        {
            return Timestamp(schema);
        }

        if (IntegralQueryParameters.Contains(name) && (string?)schema["type"] == "number")
        {
            var integer = (JObject)schema.DeepClone();
            integer["type"] = "integer";
            return integer;
        }

        return null;
    }

    /// <summary>
    /// A number property named like <c>createdAt</c>: Logto sends these as integer milliseconds since the Unix epoch.
    /// NJsonSchema gives no hook for a custom type but the <c>date</c> format, so the normalized spec marks them with
    /// it: the model then has a <see cref="DateTimeOffset"/> and Class.liquid puts the epoch converter on it.
    /// </summary>
    public static bool IsTimestamp(string propertyName, JObject schema) =>
        (IsNumber(schema) && TimestampName().IsMatch(propertyName)) || IsEpochDateTime(propertyName, schema);

    /// <summary>
    /// <c>date-time</c> string properties that the real server sends as epoch milliseconds: the SAML signing
    /// certificate's <c>expiresAt</c> (fixtures/real-logto/responses/ListSamlApplicationSecrets.json) and the SAML
    /// application's <c>createdAt</c> (GetSamlApplication.json). Logto keeps every timestamp column as milliseconds.
    /// A <c>date-time</c> property not listed here stays a string timestamp, read leniently (LogtoDateTimeConverter).
    /// </summary>
    public static readonly IReadOnlySet<string> EpochDateTimeEvidence = new HashSet<string>(StringComparer.Ordinal) { "expiresAt", "createdAt" };

    private static bool IsEpochDateTime(string propertyName, JObject schema) =>
        (string?)schema["type"] == "string" && (string?)schema["format"] == "date-time" && EpochDateTimeEvidence.Contains(propertyName);

    /// <summary>A number property that counts something (<c>count</c>, <c>totalUserCount</c>, <c>maxAttempts</c>, ...): an integer.</summary>
    public static bool IsCount(string propertyName, JObject schema) =>
        IsNumber(schema) && CountName().IsMatch(propertyName);

    public static JObject Timestamp(JObject original) => Keep(original, new JObject { ["type"] = "string", ["format"] = TimestampFormat });

    public static JObject Count(JObject original) => Keep(original, new JObject { ["type"] = "integer" });

    /// <summary>What a "Validator function" becomes at a place: the evidenced type, or untyped JSON.</summary>
    public static JObject Validator(JObject original, string place) =>
        ValidatorEvidence.TryGetValue(place, out var type)
            ? Keep(original, type == "object" ? new JObject { ["type"] = "object", ["additionalProperties"] = new JObject() } : new JObject { ["type"] = type })
            : Keep(original, new JObject());

    private static bool IsNumber(JObject schema) => (string?)schema["type"] is "number" or "integer" && schema["enum"] is null;

    private static JObject Keep(JObject original, JObject result)
    {
        if (original["description"] is JValue description && (string?)description != ValidatorDescription)
        {
            result["description"] = description.DeepClone();
        }

        if (SchemaKeys.IsNullable(original))
        {
            result["nullable"] = true;
        }

        return result;
    }

    [GeneratedRegex("^(include|enable|show|is|has|with|remove|allow|use)[A-Z]")]
    private static partial Regex FlagName();

    [GeneratedRegex("^[a-z][A-Za-z]*[a-z]At$")]
    private static partial Regex TimestampName();

    [GeneratedRegex("^(count|delta|usage|retries|remainCodes|totalConflicts|[a-z][A-Za-z]*(Count|Attempts|Grants))$")]
    private static partial Regex CountName();
}
