namespace Logto.Generated;

/// <summary>
/// The Management API requests of one call: at most a fixed number in flight, all cancelled together when the caller
/// cancels or as soon as one of them fails, so a failed call sends nothing more; with a pace, each request also waits
/// for its turn of it (the catalog's <see cref="ThirdPartyApplicationsOptions.CatalogRequestsPerSecond"/>).
/// </summary>
internal sealed class RequestScope : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _cancellation;
    private readonly RollingWindowLimiter? _pace;

    public RequestScope(int maxConcurrency, CancellationToken cancellationToken, RollingWindowLimiter? pace = null)
    {
        _pace = pace;
        _slots = new SemaphoreSlim(maxConcurrency, maxConcurrency);
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    /// <summary>Cancelled when the caller cancels or a request fails.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>Sends one request when a slot is free. Handle expected failures (a 404) inside <paramref name="request"/>.</summary>
    public async Task<T> SendAsync<T>(Func<CancellationToken, Task<T>> request)
    {
        await _slots.WaitAsync(Token).ConfigureAwait(false);
        try
        {
            using var turn = _pace is null ? null : await _pace.TryAcquireAsync(Timeout.InfiniteTimeSpan, Token).ConfigureAwait(false);
            return await request(Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _cancellation.Cancel();
            throw;
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose()
    {
        _cancellation.Dispose();
        _slots.Dispose();
    }
}
