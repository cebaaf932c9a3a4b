using System.Net;
using System.Text;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>
/// A response body that delivers its first bytes and then either stalls until the reader cancels (a server that stops
/// sending mid-body) or fails with an exception (a connection lost mid-body). <see cref="Stalled"/> completes when the
/// reader has had the first bytes and asks for more. A null declared length leaves the length unknown, as a chunked body.
/// </summary>
internal sealed class PartialBodyContent : HttpContent
{
    private readonly byte[] _prefix;
    private readonly long? _declaredLength;
    private readonly Exception? _failure;

    public PartialBodyContent(string prefix, long? declaredLength, Exception? failure = null, string mediaType = "application/json")
    {
        _prefix = Encoding.UTF8.GetBytes(prefix);
        _declaredLength = declaredLength;
        _failure = failure;
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
    }

    public TaskCompletionSource Stalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many times the body was opened for reading.</summary>
    public int Reads { get; private set; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        throw new NotSupportedException("Read it as a stream.");

    protected override Task<Stream> CreateContentReadStreamAsync()
    {
        Reads++;
        return Task.FromResult<Stream>(new PartialStream(this));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _declaredLength ?? -1;
        return _declaredLength is not null;
    }

    private sealed class PartialStream(PartialBodyContent owner) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position < owner._prefix.Length)
            {
                var count = Math.Min(buffer.Length, owner._prefix.Length - _position);
                owner._prefix.AsMemory(_position, count).CopyTo(buffer);
                _position += count;
                return count;
            }

            owner.Stalled.TrySetResult();
            if (owner._failure is { } failure)
            {
                throw failure;
            }

            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return 0;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Read it asynchronously.");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
