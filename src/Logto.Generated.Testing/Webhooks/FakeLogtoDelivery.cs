namespace Logto.Generated.Testing;

/// <summary>One webhook delivery the fake sent.</summary>
/// <param name="HookId">The hook's id.</param>
/// <param name="Event">The event, such as <c>User.Created</c>.</param>
/// <param name="Url">Where it was sent (the hook's <c>config.url</c>).</param>
/// <param name="Body">The exact body bytes, as UTF-8 text.</param>
/// <param name="Signature">The <c>logto-signature-sha-256</c> header: the hex HMAC-SHA256 of the body keyed with the hook's signing key.</param>
/// <param name="Status">The receiver's status; 0 when it could not be reached.</param>
public sealed record FakeLogtoDelivery(string HookId, string Event, Uri Url, string Body, string Signature, int Status);
