using System.Text.RegularExpressions;

namespace Logto.Generated.SpecTools.Normalization;

/// <summary>
/// The names that belong to operations, and the rule that derives a neutral name from an operation: strip the verb
/// and the Request/Response suffix, and make a list's item singular (<c>ListApplicationSecrets</c> + <c>Item</c> gives
/// <c>ApplicationSecret</c>).
/// </summary>
internal sealed partial class OperationNames(IEnumerable<string> operationIds)
{
    /// <summary>Verbs Logto's operation ids start with, longest first.</summary>
    private static readonly string[] Verbs =
    [
        "CreateAndSend", "Generate", "Replace", "Assign", "Create", "Delete", "Remove", "Update", "Upsert", "Verify", "Rotate",
        "Upload", "Reset", "Bind", "Init", "List", "Test", "Add", "Get", "Set",
    ];

    private readonly string[] _operations = operationIds.Distinct(StringComparer.Ordinal).OrderByDescending(o => o.Length).ToArray();

    /// <summary>Whether a name is (or is below) an operation's body, response or parameter: it names the operation.</summary>
    public bool Mentions(string name) => _operations.Any(o => StartsWithWord(name, o));

    /// <summary>Whether a name that names an operation names this operation in this role.</summary>
    public static bool Belongs(string name, string operation, UseRole role)
    {
        if (!StartsWithWord(name, operation))
        {
            return false;
        }

        var rest = name[operation.Length..];
        return role switch
        {
            UseRole.Request => rest.StartsWith("Request", StringComparison.Ordinal),
            UseRole.Response => StatusResponse().IsMatch(rest),
            _ => !rest.StartsWith("Request", StringComparison.Ordinal) && !StatusResponse().IsMatch(rest),
        };
    }

    /// <summary>The entity an operation is about: its id without the verb (<c>CreateApplicationSecret</c> → <c>ApplicationSecret</c>).</summary>
    public static string Entity(string operation)
    {
        var verb = Verbs.FirstOrDefault(v => StartsWithWord(operation, v) && operation.Length > v.Length);
        return verb is null ? operation : operation[verb.Length..];
    }

    /// <summary>A stem followed by a place's property path; a leading <c>Item</c> makes the stem singular instead.</summary>
    public static string WithSuffix(string stem, string suffix) =>
        suffix.StartsWith("Item", StringComparison.Ordinal) ? Singular(stem) + suffix[4..] : stem + suffix;

    private static string Singular(string name) =>
        name.EndsWith("ies", StringComparison.Ordinal) ? name[..^3] + "y"
        : name.EndsWith("sses", StringComparison.Ordinal) || name.EndsWith("ches", StringComparison.Ordinal) ? name[..^2]
        : name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal) ? name[..^1]
        : name;

    private static bool StartsWithWord(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) && (name.Length == prefix.Length || !char.IsAsciiLetterLower(name[prefix.Length]));

    [GeneratedRegex("^(Ok|Created|Accepted|NoContent|Other)?Response")]
    private static partial Regex StatusResponse();
}
