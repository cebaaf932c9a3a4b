using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logto.Generated;

/// <summary>
/// Adds <c>Authorization: Bearer</c> with a token from an <see cref="ILogtoTokenSource"/>. When the API answers 401
/// it renews the token and retries the request once, with its content buffered so it can be sent again; a second 401
/// is returned to the caller (the generated clients throw it as a <see cref="LogtoApiException"/>).
/// </summary>
public sealed class LogtoAuthenticationHandler : DelegatingHandler
{
    private readonly Func<HttpRequestMessage, ILogtoTokenSource> _tokenSourceOf;
    private readonly ILogger _logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="tokenSource">Supplies and renews the access tokens.</param>
    /// <param name="logger">Receives a line at Information level for each renewal after a 401; never a token.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tokenSource"/> is null.</exception>
    public LogtoAuthenticationHandler(ILogtoTokenSource tokenSource, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(tokenSource);
        _tokenSourceOf = _ => tokenSource;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Creates a handler that takes each request's token source from the request (a pooled handler shared by users).</summary>
    /// <param name="tokenSourceOf">Finds the token source of a request.</param>
    /// <param name="logger">Receives a line for each renewal after a 401.</param>
    internal LogtoAuthenticationHandler(Func<HttpRequestMessage, ILogtoTokenSource> tokenSourceOf, ILogger logger)
    {
        _tokenSourceOf = tokenSourceOf;
        _logger = logger;
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync().ConfigureAwait(false);
        }

        var tokenSource = _tokenSourceOf(request);
        var token = await tokenSource.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        LogtoLog.RenewingRejectedToken(_logger, request.Method.Method, LogtoLog.PathOf(request));
        response.Dispose();
        token = await tokenSource.RenewAccessTokenAsync(token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
