namespace Logto.Generated;

/// <summary>A cached access token and the moment from which it must be renewed. <see cref="ToString"/> never shows the token.</summary>
/// <param name="Value">The access token.</param>
/// <param name="RenewAt">When the token stops being handed out: its expiry minus the leeway.</param>
internal sealed record LogtoAccessToken(string Value, DateTimeOffset RenewAt)
{
    /// <inheritdoc/>
    public override string ToString() => $"access token (renew at {RenewAt:O})";
}
