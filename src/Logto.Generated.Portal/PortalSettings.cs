using Microsoft.Extensions.Configuration;

namespace Logto.Generated.Portal;

/// <summary>The settings the portal cannot start without, and the message that names the missing ones.</summary>
internal static class PortalSettings
{
    /// <summary>The configuration section of every Logto setting.</summary>
    public const string Section = "Logto";

    private static readonly (string Key, string Meaning)[] Required =
    [
        ("Endpoint", "the Logto endpoint, such as https://tenant.logto.app"),
        ("ClientId", "the id of a machine-to-machine application with Management API access"),
        ("ClientSecret", "its secret"),
        ("Audience", "the API resource indicator your users' access tokens are issued for"),
    ];

    /// <summary>The keys (such as <c>Logto:Endpoint</c>) that are absent or blank.</summary>
    public static IReadOnlyList<string> FindMissing(IConfiguration configuration) =>
        Required.Where(setting => string.IsNullOrWhiteSpace(configuration[$"{Section}:{setting.Key}"]))
            .Select(setting => $"{Section}:{setting.Key}")
            .ToList();

    /// <summary>A message naming each missing setting, its environment variable and what it is.</summary>
    public static string Describe(IReadOnlyList<string> missing)
    {
        var lines = Required.Where(setting => missing.Contains($"{Section}:{setting.Key}"))
            .Select(setting => $"  {Section}:{setting.Key} (environment variable {Section}__{setting.Key}): {setting.Meaning}");
        return "Logto.Generated.Portal cannot start: these settings are missing:" + Environment.NewLine
            + string.Join(Environment.NewLine, lines) + Environment.NewLine
            + "Set them in appsettings.json or as environment variables. Self-hosted Logto also needs Logto:Resource (https://default.logto.app/api).";
    }
}
