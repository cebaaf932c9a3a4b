using System.Text.Json;
using Logto.Generated.AspNetCore.Tests.TestSupport;
using Logto.Generated.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logto.Generated.AspNetCore.Tests.Authentication;

/// <summary>When Logto's signing keys are fetched, on a clock the test moves.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class SigningKeysTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly List<TestSigningKey> _published = [new TestSigningKey("key-1")];
    private int _fetches;
    private bool _failing;

    [Test]
    public async Task Keys_are_fetched_once_and_reused_until_they_are_an_hour_old()
    {
        var keys = Create();

        await keys.GetAsync("key-1", CancellationToken.None);
        _clock.Advance(LogtoSigningKeys.MaxAge - TimeSpan.FromSeconds(1));
        await keys.GetAsync("key-1", CancellationToken.None);
        var fetchesBeforeExpiry = _fetches;
        _clock.Advance(TimeSpan.FromSeconds(1));
        await keys.GetAsync("key-1", CancellationToken.None);

        Assert.That(fetchesBeforeExpiry, Is.EqualTo(1));
        Assert.That(_fetches, Is.EqualTo(2));
    }

    [Test]
    public async Task An_unknown_key_id_fetches_at_once_then_at_most_every_30_seconds()
    {
        var keys = Create();
        await keys.GetAsync("key-1", CancellationToken.None);
        _published.Add(new TestSigningKey("key-2"));

        var rotated = await keys.GetAsync("key-2", CancellationToken.None);
        await keys.GetAsync("made-up", CancellationToken.None);
        _clock.Advance(LogtoSigningKeys.MinRefreshInterval - TimeSpan.FromSeconds(1));
        await keys.GetAsync("made-up", CancellationToken.None);
        var fetchesWithinInterval = _fetches;
        _clock.Advance(TimeSpan.FromSeconds(1));
        await keys.GetAsync("made-up", CancellationToken.None);

        Assert.That(rotated.Select(key => key.KeyId), Is.EquivalentTo(new[] { "key-1", "key-2" }));
        Assert.That(fetchesWithinInterval, Is.EqualTo(2));
        Assert.That(_fetches, Is.EqualTo(3));
    }

    [Test]
    public async Task A_failed_refresh_keeps_the_keys_held_and_retries_after_30_seconds()
    {
        var keys = Create();
        await keys.GetAsync("key-1", CancellationToken.None);
        _failing = true;
        _clock.Advance(LogtoSigningKeys.MaxAge);

        var kept = await keys.GetAsync("key-1", CancellationToken.None);
        await keys.GetAsync("key-1", CancellationToken.None);
        var fetchesRightAfterFailure = _fetches;
        _clock.Advance(LogtoSigningKeys.MinRefreshInterval);
        await keys.GetAsync("key-1", CancellationToken.None);

        Assert.That(kept.Select(key => key.KeyId), Is.EqualTo(new[] { "key-1" }));
        Assert.That(fetchesRightAfterFailure, Is.EqualTo(2));
        Assert.That(_fetches, Is.EqualTo(3));
    }

    [Test]
    public void Without_any_keys_a_failure_is_reported()
    {
        _failing = true;

        var exception = Assert.ThrowsAsync<InvalidOperationException>(() => Create().GetAsync("key-1", CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("signing keys"));
    }

    private LogtoSigningKeys Create() => new(
        _ =>
        {
            _fetches++;
            return _failing
                ? Task.FromException<string>(new HttpRequestException("connection refused"))
                : Task.FromResult(JsonSerializer.Serialize(new { keys = _published.Select(key => key.PublicJwk) }));
        },
        _clock,
        NullLogger.Instance);
}
