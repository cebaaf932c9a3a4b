namespace Logto.Generated.Testing;

/// <summary>Settings of a <see cref="FakeLogto"/>.</summary>
public sealed class FakeLogtoOptions
{
    /// <summary>The clock of token expiry and timestamps; <see cref="TimeProvider.System"/> by default. Pass a FakeTimeProvider to move time in tests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The endpoint the in-process transport answers as; <c>http://logto.fake/</c> by default. <see cref="FakeLogto.StartServerAsync"/> replaces it with the loopback address.</summary>
    public Uri Endpoint { get; set; } = new("http://logto.fake/");

    /// <summary>The id of the seeded machine-to-machine application.</summary>
    public string ClientId { get; set; } = "fake-m2m-app";

    /// <summary>The secret of the seeded machine-to-machine application.</summary>
    public string ClientSecret { get; set; } = "fake-m2m-secret";
}
