namespace Logto.Generated;

/// <summary>What a cached token is valid for: one endpoint, client, resource and scope. The secret is not part of it.</summary>
/// <param name="Endpoint">The Logto endpoint, without a trailing slash.</param>
/// <param name="ClientId">The machine-to-machine application's id.</param>
/// <param name="Resource">The API resource indicator.</param>
/// <param name="Scope">The requested scope, or an empty string.</param>
internal readonly record struct LogtoTokenCacheKey(string Endpoint, string ClientId, string Resource, string Scope);
