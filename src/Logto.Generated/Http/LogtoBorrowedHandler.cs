namespace Logto.Generated;

/// <summary>
/// Ends a handler chain in a handler the chain does not own (one the caller passed in, or one shared by two chains):
/// disposing the chain leaves that handler alone.
/// </summary>
internal sealed class LogtoBorrowedHandler : HttpMessageHandler
{
    private readonly HttpMessageInvoker _inner;

    public LogtoBorrowedHandler(HttpMessageHandler inner)
    {
        _inner = new HttpMessageInvoker(inner, disposeHandler: false);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _inner.SendAsync(request, cancellationToken);

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _inner.Send(request, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
