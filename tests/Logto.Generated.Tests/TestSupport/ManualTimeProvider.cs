namespace Logto.Generated.Tests.TestSupport;

/// <summary>
/// A clock that moves only when a test calls <see cref="Advance"/>. Timers fire inside <see cref="Advance"/>, in due
/// order; <see cref="WaitForTimerAsync"/> lets a test wait until the code under test has armed a timer of a given
/// delay, so that no test sleeps or measures real time.
/// </summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _active = [];
    private readonly List<(Func<TimeSpan, bool> Matches, TaskCompletionSource<TimeSpan> Armed)> _waiters = [];
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Completes once a timer with exactly this delay is armed (or already is).</summary>
    public Task WaitForTimerAsync(TimeSpan delay) => WaitForTimerAsync(armed => armed == delay);

    /// <summary>Completes with the delay of the first armed timer that matches (one armed already counts).</summary>
    public Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> matches)
    {
        lock (_gate)
        {
            if (_active.FirstOrDefault(timer => matches(timer.Delay)) is { } armed)
            {
                return Task.FromResult(armed.Delay);
            }

            var waiter = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((matches, waiter));
            return waiter.Task;
        }
    }

    /// <summary>Moves the clock forward, firing every timer that falls due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        var target = GetUtcNow() + by;
        while (true)
        {
            ManualTimer? due;
            lock (_gate)
            {
                due = _active.Where(timer => timer.DueAt <= target).MinBy(timer => timer.DueAt);
                if (due is null)
                {
                    _now = target;
                    return;
                }

                _now = due.DueAt;
                _active.Remove(due);
                if (due.Period > TimeSpan.Zero && due.Period != Timeout.InfiniteTimeSpan)
                {
                    due.DueAt += due.Period;
                    _active.Add(due);
                }
            }

            due.Fire();
        }
    }

    private void Arm(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        List<TaskCompletionSource<TimeSpan>> released;
        lock (_gate)
        {
            _active.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            timer.Delay = dueTime;
            timer.Period = period;
            timer.DueAt = _now + dueTime;
            _active.Add(timer);
            released = _waiters.Where(waiter => waiter.Matches(dueTime)).Select(waiter => waiter.Armed).ToList();
            _waiters.RemoveAll(waiter => waiter.Matches(dueTime));
        }

        released.ForEach(armed => armed.SetResult(dueTime));
    }

    private void Disarm(ManualTimer timer)
    {
        lock (_gate)
        {
            _active.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public TimeSpan Delay { get; set; }

        public TimeSpan Period { get; set; }

        public DateTimeOffset DueAt { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Arm(this, dueTime, period);
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() => owner.Disarm(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
