namespace Logto.Generated.Tests.Http;

/// <summary>The bounded reader behind response buffering: whole bodies of any length up to the limit, nothing beyond.</summary>
public class LogtoBodyBufferTests
{
    [TestCase(0, null)]
    [TestCase(10, null)]
    [TestCase(100_000, null)]
    [TestCase(100_000, 100_000L)]
    [TestCase(100_000, 10L)]
    [TestCase(1024, 1024L)]
    public async Task A_body_up_to_the_limit_is_read_whole_whatever_length_is_declared(int size, long? declared)
    {
        var body = Enumerable.Range(0, size).Select(i => (byte)(i * 7)).ToArray();
        var buffer = new LogtoBodyBuffer(declared, maxLength: Math.Max(size, 1024));

        var complete = await buffer.FillAsync(new TrickleStream(body), CancellationToken.None);

        Assert.That(complete, Is.True);
        Assert.That(buffer.Bytes.AsSpan(0, buffer.Length).ToArray(), Is.EqualTo(body));
    }

    [TestCase(null)]
    [TestCase(2048L)]
    public async Task A_body_one_byte_over_the_limit_is_refused(long? declared)
    {
        var buffer = new LogtoBodyBuffer(declared, maxLength: 2048);

        var complete = await buffer.FillAsync(new TrickleStream(new byte[2049]), CancellationToken.None);

        Assert.That(complete, Is.False);
        Assert.That(buffer.Length, Is.EqualTo(2048));
    }

    [Test]
    public void A_failure_mid_body_keeps_the_count_of_what_arrived()
    {
        var buffer = new LogtoBodyBuffer(null, maxLength: 4096);

        Assert.ThrowsAsync<IOException>(() => buffer.FillAsync(new TrickleStream(new byte[300], failAfter: true), CancellationToken.None));
        Assert.That(buffer.Length, Is.EqualTo(300));
    }

    /// <summary>Returns at most 97 bytes a read, so that reads never line up with buffer sizes; may fail at the end.</summary>
    private sealed class TrickleStream(byte[] body, bool failAfter = false) : MemoryStream(body)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (failAfter && Position == Length)
            {
                throw new IOException("Connection reset by peer");
            }

            return base.ReadAsync(buffer[..Math.Min(buffer.Length, 97)], cancellationToken);
        }
    }
}
