using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.ThirdPartyApplications;

/// <summary>The refresh schedule's arithmetic: back-off and due times.</summary>
public class CatalogScheduleTests
{
    private readonly ManualTimeProvider _clock = new();

    [Test]
    public void Retry_After_is_waited_for_within_a_second_and_the_maximum()
    {
        var schedule = Schedule();

        // LogtoException.RetryAfter has already turned a date into a delay (zero for a date in the past).
        Assert.That(schedule.Backoff(1, TimeSpan.FromSeconds(90)), Is.EqualTo(TimeSpan.FromSeconds(90)));
        Assert.That(schedule.Backoff(1, TimeSpan.Zero), Is.EqualTo(TimeSpan.FromSeconds(1)), "a date in the past");
        Assert.That(schedule.Backoff(1, TimeSpan.FromHours(2)), Is.EqualTo(TimeSpan.FromMinutes(10)), "capped");
    }

    [Test]
    public void Without_Retry_After_the_wait_doubles_from_twice_the_list_interval()
    {
        var schedule = Schedule();

        var waits = Enumerable.Range(1, 5).Select(failures => schedule.Backoff(failures, null)).ToList();

        Assert.That(waits, Is.EqualTo(new[] { 2, 4, 8, 10, 10 }.Select(minutes => TimeSpan.FromMinutes(minutes))));
        Assert.That(schedule.Backoff(int.MaxValue, null), Is.EqualTo(TimeSpan.FromMinutes(10)), "no overflow");
    }

    [Test]
    public void Details_fall_due_within_the_jitter_and_first_reads_spread_over_one_interval()
    {
        var schedule = Schedule();
        var readAt = _clock.GetUtcNow();

        var later = Enumerable.Range(0, 200).Select(_ => schedule.DetailsDueAt(readAt, firstRead: false) - readAt).ToList();
        var first = Enumerable.Range(0, 200).Select(_ => schedule.DetailsDueAt(readAt, firstRead: true) - readAt).ToList();

        Assert.That(later, Has.All.InRange(TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(11)));
        Assert.That(first, Has.All.InRange(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)));
        Assert.That(first.Count(due => due < TimeSpan.FromMinutes(5)), Is.InRange(40, 160), "spread, not bunched");
    }

    private CatalogSchedule Schedule() => new(new ThirdPartyApplicationsOptions(), _clock);
}
