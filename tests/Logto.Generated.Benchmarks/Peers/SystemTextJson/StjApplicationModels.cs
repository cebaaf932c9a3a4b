using System.Text.Json;
using System.Text.Json.Serialization;

namespace Logto.Generated.Benchmarks.Peers.SystemTextJson;

// BENCHMARK-ONLY models: the spec's Application shapes written by hand for System.Text.Json (source generated in
// BenchmarkJsonContext), the "practical limit" peer. Only what the benchmarked calls need; not part of the library.

/// <summary>Benchmark-only: the spec's <c>Application</c>.</summary>
public sealed class StjApplication
{
    public string TenantId { get; set; } = "";

    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Secret { get; set; }

    public string? Description { get; set; }

    public string Type { get; set; } = "";

    public StjOidcClientMetadata OidcClientMetadata { get; set; } = new();

    public StjCustomClientMetadata CustomClientMetadata { get; set; } = new();

    public StjProtectedAppMetadata? ProtectedAppMetadata { get; set; }

    public Dictionary<string, JsonElement> CustomData { get; set; } = [];

    public bool IsThirdParty { get; set; }

    public bool AppLevelAccessControlEnabled { get; set; }

    public double CreatedAt { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Benchmark-only: the spec's <c>OidcClientMetadata</c>.</summary>
public sealed class StjOidcClientMetadata
{
    public List<string> RedirectUris { get; set; } = [];

    public List<string> PostLogoutRedirectUris { get; set; } = [];

    public string? BackchannelLogoutUri { get; set; }

    public bool? BackchannelLogoutSessionRequired { get; set; }

    public string? LogoUri { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Benchmark-only: the spec's <c>CustomClientMetadata</c>.</summary>
public sealed class StjCustomClientMetadata
{
    public List<string>? CorsAllowedOrigins { get; set; }

    public double? IdTokenTtl { get; set; }

    public double? RefreshTokenTtl { get; set; }

    public double? RefreshTokenTtlInDays { get; set; }

    public string? TenantId { get; set; }

    public bool? AlwaysIssueRefreshToken { get; set; }

    public bool? RotateRefreshToken { get; set; }

    public bool? AllowTokenExchange { get; set; }

    public bool? IsDeviceFlow { get; set; }

    public double? MaxAllowedGrants { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Benchmark-only: the spec's <c>ProtectedAppMetadata</c> (null in every captured application).</summary>
public sealed class StjProtectedAppMetadata
{
    public string Host { get; set; } = "";

    public string Origin { get; set; } = "";

    public double SessionDuration { get; set; }

    public List<JsonElement> PageRules { get; set; } = [];

    public List<JsonElement>? AdditionalScopes { get; set; }

    public List<JsonElement>? CustomDomains { get; set; }
}

/// <summary>Benchmark-only: the spec's <c>CreateApplicationRequest</c> (the fields the benchmark sends).</summary>
public sealed class StjCreateApplicationRequest
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string Type { get; set; } = "";

    public StjOidcClientMetadata? OidcClientMetadata { get; set; }

    public StjCustomClientMetadata? CustomClientMetadata { get; set; }

    public Dictionary<string, JsonElement>? CustomData { get; set; }

    public bool? IsThirdParty { get; set; }
}
