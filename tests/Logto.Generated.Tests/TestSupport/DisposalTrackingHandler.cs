using System.Net;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>
/// Sits in front of the primary handler and wraps every response's content so that its disposal is seen:
/// <see cref="Undisposed"/> counts the responses whose content nobody disposed, which is how a leaked response (and the
/// connection it holds) shows.
/// </summary>
internal sealed class DisposalTrackingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private int _created;
    private int _disposed;

    public int Created => Volatile.Read(ref _created);

    public int Undisposed => Volatile.Read(ref _created) - Volatile.Read(ref _disposed);

    /// <summary>Called with each response as soon as its head has arrived, before anyone reads its body.</summary>
    public Action<HttpRequestMessage>? HeadReceived { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        Interlocked.Increment(ref _created);
        HeadReceived?.Invoke(request);
        response.Content = new TrackedContent(response.Content, () => Interlocked.Increment(ref _disposed));
        return response;
    }

    /// <summary>Passes the inner content through unchanged, headers included, and reports its first disposal.</summary>
    private sealed class TrackedContent : HttpContent
    {
        private readonly HttpContent _inner;
        private Action? _onDispose;

        public TrackedContent(HttpContent inner, Action onDispose)
        {
            _inner = inner;
            _onDispose = onDispose;
            foreach (var header in inner.Headers)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _inner.CopyToAsync(stream);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
            _inner.CopyToAsync(stream, cancellationToken);

        protected override Task<Stream> CreateContentReadStreamAsync() => _inner.ReadAsStreamAsync();

        protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => _inner.ReadAsStreamAsync(cancellationToken);

        protected override bool TryComputeLength(out long length)
        {
            length = _inner.Headers.ContentLength ?? -1;
            return length >= 0;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Interlocked.Exchange(ref _onDispose, null)?.Invoke();
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
