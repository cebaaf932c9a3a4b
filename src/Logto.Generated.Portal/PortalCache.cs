using Microsoft.Extensions.Caching.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Locking.Distributed.Redis;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace Logto.Generated.Portal;

/// <summary>
/// Where the catalog and the user entries live. With <c>ConnectionStrings:Redis</c> set, FusionCache is the
/// <see cref="Microsoft.Extensions.Caching.Hybrid.HybridCache"/>: memory in front of Redis (the shared level), a Redis
/// backplane (an entry removed or replaced on one instance leaves the others' memory at once) and a Redis distributed
/// locker (one instance runs a load or a refresh while the others wait for its result). When Redis goes away, each
/// instance keeps serving from its memory and logs the loss; it rejoins when Redis is back. Without the setting,
/// everything stays in memory (HybridCache's default).
/// </summary>
internal static class PortalCache
{
    /// <summary>The connection string's name: <c>ConnectionStrings:Redis</c>.</summary>
    public const string ConnectionStringName = "Redis";

    /// <summary>Registers FusionCache on Redis as the HybridCache, when a Redis connection string is set.</summary>
    /// <returns>Whether Redis is used.</returns>
    public static bool AddShared(IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(redis))
        {
            return false;
        }

        services.AddStackExchangeRedisCache(options => options.Configuration = redis);
        services.AddFusionCache()
            .WithOptions(options =>
            {
                // A lost Redis costs each operation at most a short wait, then is skipped for a while.
                options.DistributedCacheCircuitBreakerDuration = TimeSpan.FromSeconds(10);
                options.BackplaneCircuitBreakerDuration = TimeSpan.FromSeconds(10);
                options.DistributedCacheErrorsLogLevel = LogLevel.Warning;
                options.BackplaneErrorsLogLevel = LogLevel.Warning;
            })
            .WithDefaultEntryOptions(entry =>
            {
                entry.DistributedCacheSoftTimeout = TimeSpan.FromSeconds(1);
                entry.DistributedCacheHardTimeout = TimeSpan.FromSeconds(2);
            })
            .WithSerializer(new FusionCacheSystemTextJsonSerializer())
            .WithRegisteredDistributedCache()
            .WithBackplane(new RedisBackplane(new RedisBackplaneOptions { Configuration = redis }))
            .WithRedisDistributedLocker(options => options.Configuration = redis)
            .AsHybridCache();
        return true;
    }
}
