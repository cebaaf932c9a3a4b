using System.Text.Json;
using System.Text.Json.Serialization;

namespace Logto.Generated.Benchmarks.Peers.SystemTextJson;

// BENCHMARK-ONLY models: the spec's User shapes written by hand for System.Text.Json; not part of the library.

/// <summary>Benchmark-only: the spec's <c>User</c>.</summary>
public sealed class StjUser
{
    public string Id { get; set; } = "";

    public string? Username { get; set; }

    public string? PrimaryEmail { get; set; }

    public string? PrimaryPhone { get; set; }

    public string? Name { get; set; }

    public string? Avatar { get; set; }

    public Dictionary<string, JsonElement> CustomData { get; set; } = [];

    public Dictionary<string, StjUserIdentity> Identities { get; set; } = [];

    public double? LastSignInAt { get; set; }

    public double CreatedAt { get; set; }

    public double UpdatedAt { get; set; }

    public StjUserProfile Profile { get; set; } = new();

    public string? ApplicationId { get; set; }

    public string? CimdClientId { get; set; }

    public bool IsSuspended { get; set; }

    public bool? HasPassword { get; set; }

    public bool? HasSecurityVerificationMethod { get; set; }

    public List<JsonElement>? SsoIdentities { get; set; }

    public string? PasswordDigest { get; set; }

    public string? PasswordAlgorithm { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Benchmark-only: one entry of the spec's <c>User.identities</c>.</summary>
public sealed class StjUserIdentity
{
    public string UserId { get; set; } = "";

    public Dictionary<string, JsonElement>? Details { get; set; }
}

/// <summary>Benchmark-only: the spec's <c>UserProfile</c>.</summary>
public sealed class StjUserProfile
{
    public string? FamilyName { get; set; }

    public string? GivenName { get; set; }

    public string? MiddleName { get; set; }

    public string? Nickname { get; set; }

    public string? PreferredUsername { get; set; }

    public string? Profile { get; set; }

    public string? Website { get; set; }

    public string? Gender { get; set; }

    public string? Birthdate { get; set; }

    public string? Zoneinfo { get; set; }

    public string? Locale { get; set; }

    public StjUserAddress? Address { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Benchmark-only: the spec's <c>UserProfileAddress</c>.</summary>
public sealed class StjUserAddress
{
    public string? Formatted { get; set; }

    public string? StreetAddress { get; set; }

    public string? Locality { get; set; }

    public string? Region { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }
}
