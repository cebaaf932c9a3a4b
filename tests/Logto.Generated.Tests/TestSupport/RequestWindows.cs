namespace Logto.Generated.Tests.TestSupport;

/// <summary>Counts requests per window of time, wherever the window starts.</summary>
internal static class RequestWindows
{
    /// <summary>The most of <paramref name="times"/> in any half-open window [t, t + <paramref name="window"/>).</summary>
    public static int Peak(IEnumerable<DateTimeOffset> times, TimeSpan window)
    {
        var sorted = times.OrderBy(time => time).ToList();
        var peak = 0;
        var end = 0;
        for (var start = 0; start < sorted.Count; start++)
        {
            while (end < sorted.Count && sorted[end] < sorted[start] + window)
            {
                end++;
            }

            peak = Math.Max(peak, end - start);
        }

        return peak;
    }
}
