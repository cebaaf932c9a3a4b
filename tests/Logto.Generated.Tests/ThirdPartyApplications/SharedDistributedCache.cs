using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Logto.Generated.Tests.ThirdPartyApplications;

/// <summary>
/// A distributed cache that lives in this process, standing in for Redis. HybridCache skips a plain
/// <see cref="MemoryDistributedCache"/> as a second level, so this wraps one.
/// </summary>
internal sealed class SharedDistributedCache : IDistributedCache
{
    private readonly MemoryDistributedCache _inner = new(Options.Create(new MemoryDistributedCacheOptions()));
    private int _writes;

    /// <summary>How many entries were written (counted once stored, so a reader that sees the count sees the entry).</summary>
    public int Writes => Volatile.Read(ref _writes);

    public byte[]? Get(string key) => _inner.Get(key);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => _inner.GetAsync(key, token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        _inner.Set(key, value, options);
        Interlocked.Increment(ref _writes);
    }

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        await _inner.SetAsync(key, value, options, token);
        Interlocked.Increment(ref _writes);
    }

    public void Refresh(string key) => _inner.Refresh(key);

    public Task RefreshAsync(string key, CancellationToken token = default) => _inner.RefreshAsync(key, token);

    public void Remove(string key) => _inner.Remove(key);

    public Task RemoveAsync(string key, CancellationToken token = default) => _inner.RemoveAsync(key, token);
}
