namespace Logto.Generated;

/// <summary>
/// Reads a response body into one byte array, up to a maximum size. It allocates the declared length at once when the
/// server sends one, and otherwise grows by doubling; <see cref="Length"/> tells how much arrived, even after a failure.
/// </summary>
internal sealed class LogtoBodyBuffer
{
    private const int InitialSize = 16 * 1024;
    private readonly long _maxLength;
    private byte[] _bytes;

    public LogtoBodyBuffer(long? declaredLength, long maxLength)
    {
        _maxLength = maxLength;
        _bytes = new byte[(int)Math.Min(maxLength, declaredLength is { } declared and >= 0 ? declared : InitialSize)];
    }

    /// <summary>How many bytes have been read.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes read; only the first <see cref="Length"/> count.</summary>
    public byte[] Bytes => _bytes;

    /// <summary>Reads the stream to its end.</summary>
    /// <returns>False when the body is longer than the maximum: it was not read to its end.</returns>
    /// <exception cref="IOException">The body broke off.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<bool> FillAsync(Stream stream, CancellationToken cancellationToken)
    {
        var probe = new byte[1];
        while (true)
        {
            if (Length < _bytes.Length)
            {
                var read = await stream.ReadAsync(_bytes.AsMemory(Length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return true;
                }

                Length += read;
                continue;
            }

            // Full: one more byte tells whether the body ends here, needs more room, or is too long.
            if (await stream.ReadAsync(probe, cancellationToken).ConfigureAwait(false) == 0)
            {
                return true;
            }

            if (Length >= _maxLength)
            {
                return false;
            }

            Array.Resize(ref _bytes, (int)Math.Min(_maxLength, Math.Max(InitialSize, (long)_bytes.Length * 2)));
            _bytes[Length++] = probe[0];
        }
    }
}
