using System.Diagnostics;
using System.Globalization;
using Logto.Generated;
using Logto.Generated.ThirdPartyProbe;
using Logto.Generated.Testing;
using Logto.Generated.Tests.TestSupport;

// Measures the third-party applications endpoint against FakeLogto (Logto.Generated.Testing) on loopback Kestrel,
// counting its requests from its request log (see the csproj and RequestCounts).
// --load-seconds N: also run the N-second load test of 50 concurrent users (0, the default, skips it).
const int Applications = 200;
const int GatedPerTen = 3; // 60 of 200
const int Users = 50;
var loadSeconds = args is ["--load-seconds", var seconds] ? int.Parse(seconds, CultureInfo.InvariantCulture) : 0;
var report = new Report();
await using var logto = new FakeLogto();
await logto.StartServerAsync();
var tenant = ProbeTenant.Seed(logto, Applications, GatedPerTen, Users);
using var counts = new RequestCounts(logto);
string Token(int user) => logto.IssueUserAccessToken(tenant.UserIds[user], PortalUnderLoad.Audience, ["openid", "profile"]);

report.Line($"Fake Logto (FakeLogto on loopback): {Applications} third-party applications, {tenant.Gated} gated; {Users} users; {Environment.ProcessorCount} cores; load average {LoadAverage()}.");

// 1. Cold start at the default pace (10 catalog requests per second): 20 concurrent first requests of 20 users wait
// FirstLoadWait (10 s) and get the loading envelope; the load goes on; its duration and busiest second are measured.
await using (var portal = await PortalUnderLoad.StartAsync(logto))
{
    var before = counts.Read();
    var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(user => portal.GetAsync(Token(user))));
    await portal.Service.WarmUpAsync();
    var cold = counts.Read() - before;
    var arrivals = counts.CatalogArrivals.Order().ToList();
    var peak = 0;
    var peakStart = 0;
    for (int first = 0, last = 0; first < arrivals.Count; first++)
    {
        while (last < arrivals.Count && Stopwatch.GetElapsedTime(arrivals[first], arrivals[last]) < TimeSpan.FromSeconds(1))
        {
            last++;
        }

        if (last - first > peak)
        {
            (peak, peakStart) = (last - first, first);
        }
    }

    if (Environment.GetEnvironmentVariable("PROBE_DEBUG") is not null)
    {
        Console.WriteLine(string.Join(" ", arrivals.Skip(Math.Max(0, peakStart - 12)).Take(peak + 24).Select(a => Stopwatch.GetElapsedTime(arrivals[0], a).TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture))));
    }

    report.Line($"Cold start at the default pace, 20 concurrent first requests: statuses {string.Join(",", statuses.Distinct())} (after FirstLoadWait); "
        + $"the load: {arrivals.Count} catalog requests in {Stopwatch.GetElapsedTime(arrivals[0], arrivals[^1]).TotalSeconds:F1} s, busiest 1-second window {peak} requests; "
        + $"application list pages {cold.Lists}, per-application requests {cold.Details}, user requests {cold.Users}, Management API total {cold.ManagementApi}.");

    // 2. Steady state: 1,000 requests from 50 users, 10 at a time.
    before = counts.Read();
    var latencies = await RunAsync(1000, 10, i => portal.GetAsync(Token(i % Users)));
    var steady = counts.Read() - before;
    report.Line($"Steady state, 1,000 requests from 50 users (10 concurrent): Management API requests {steady.ManagementApi} "
        + $"= {steady.ManagementApi / 1000.0:F2} per user request (lists {steady.Lists}, per-application {steady.Details}, user {steady.Users}); "
        + $"latency p50 {Percentile(latencies.Times, 50):F2} ms, p99 {Percentile(latencies.Times, 99):F2} ms; errors {latencies.Errors}.");

    if (loadSeconds > 0)
    {
        before = counts.Read();
        var (line, requests) = await LoadTestAsync(portal, loadSeconds, Token, counts);
        var spent = counts.Read() - before;
        report.Line(line + $" Management API requests {spent.ManagementApi} = {spent.ManagementApi / (double)requests:F3} per portal request (no user cache).");
    }

    report.Line($"Catalog status after the runs: age {portal.Service.CatalogStatus.Age}, {portal.Service.CatalogStatus.ApplicationCount} applications, failures {portal.Service.CatalogStatus.ConsecutiveFailures}.");
}

// 2b. The load test with the portal's default when webhooks invalidate users: the user cache on, 60 s.
if (loadSeconds > 0)
{
    await using var cached = await PortalUnderLoad.StartAsync(logto, TimeSpan.FromSeconds(60));
    await cached.Service.WarmUpAsync();
    var before = counts.Read();
    var (line, requests) = await LoadTestAsync(cached, loadSeconds, Token, counts);
    var spent = counts.Read() - before;
    report.Line("User cache 60 s: " + line + $" Management API requests {spent.ManagementApi} = {spent.ManagementApi / (double)requests:F4} per portal request (users {spent.Users}, catalog {spent.Lists + spent.Details}).");
}

// 3. Background load with the default intervals over 30 simulated minutes (fake clock, real loopback HTTP).
{
    var clock = new ManualTimeProvider();
    // The client's own pipeline (token, retries) over loopback HTTP; the fake wants a Management API token.
    var management = new LogtoManagementOptions();
    logto.Configure(management);
    using var client = LogtoManagementClient.Create(management);
    // The fake clock only moves between minutes, so the pace is raised: this section counts requests, not their timing.
    using var service = new ThirdPartyApplicationsService(
        client, new ThirdPartyApplicationsOptions { LoginEndpoint = logto.Endpoint, CatalogRequestsPerSecond = 1000 }, cache: null, timeProvider: clock);
    var before = counts.Read();
    await service.WarmUpAsync();
    var cold = counts.Read() - before;
    before = counts.Read();
    var perMinute = new List<long>();
    for (var minute = 0; minute < 30; minute++)
    {
        var start = counts.Read().ManagementApi;
        clock.Advance(TimeSpan.FromMinutes(1));
        while (service.CatalogStatus.NextRefreshAt is null)
        {
            // The tick's refresh runs in the background; it sets the next due time when done.
            await Task.Delay(1);
        }

        perMinute.Add(counts.Read().ManagementApi - start);
    }

    var background = counts.Read() - before;
    report.Line($"One catalog load (cold): {cold.ManagementApi} requests (lists {cold.Lists}, per-application {cold.Details}).");
    report.Line($"Background load, default intervals, 30 simulated minutes: {background.ManagementApi} requests = {background.ManagementApi / 180.0:F1} per 10 s on average "
        + $"(budget 20); per minute min {perMinute.Min()}, max {perMinute.Max()}; lists {background.Lists}, per-application {background.Details}.");

    // The same service: 1,000 requests of 50 users spread over 10 simulated minutes, so the background refreshes count too.
    before = counts.Read();
    for (var i = 0; i < 1000; i++)
    {
        clock.Advance(TimeSpan.FromMilliseconds(600));
        while (service.CatalogStatus.NextRefreshAt is null)
        {
            await Task.Delay(1);
        }

        await service.GetForUserAsync(tenant.UserIds[i % Users]);
    }

    var spread = counts.Read() - before;
    report.Line($"1,000 requests of 50 users over 10 simulated minutes, background included: {spread.ManagementApi} requests = {spread.ManagementApi / 1000.0:F2} per user request "
        + $"(user {spread.Users}, lists {spread.Lists}, per-application {spread.Details}).");
}

var all = counts.Read();
report.Line($"Request log over the run: {all.ManagementApi} Management API requests (lists {all.Lists}, per-application {all.Details}, user {all.Users}), "
    + $"tokens {all.Tokens}, OIDC {all.Oidc}, other {all.Other}; answers other than 2xx {all.Failed}; arrived but missed between a log read and its clear {counts.Missed}.");
Console.WriteLine(report);

// The fake's request log grows with requests: it is read into the counts and cleared before each heap sample.
static async Task<(string Line, int Requests)> LoadTestAsync(PortalUnderLoad portal, int seconds, Func<int, string> tokenFor, RequestCounts counts)
{
    var users = 50;
    var tokens = Enumerable.Range(0, users).Select(i => i).ToArray();
    counts.Read();
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
    var memorySamples = new List<long>();
    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
    var times = new System.Collections.Concurrent.ConcurrentBag<double>();
    long errors = 0;
    var clock = Stopwatch.StartNew();
    var sampler = Task.Run(async () =>
    {
        while (!stop.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, seconds / 6)), CancellationToken.None);
            // What stays reachable, not what awaits collection: a full collection per sample (a few ms of pause).
            counts.Read();
            memorySamples.Add(GC.GetTotalMemory(forceFullCollection: true));
        }
    });
    var workers = tokens.Select(user => Task.Run(async () =>
    {
        var token = tokenFor(user);
        while (!stop.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var status = await portal.GetAsync(token, CancellationToken.None);
                if (status != 200)
                {
                    Interlocked.Increment(ref errors);
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref errors);
            }

            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    })).ToArray();
    await Task.WhenAll(workers);
    await sampler;
    var elapsed = clock.Elapsed.TotalSeconds;
    counts.Read();
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
    var sorted = times.ToList();
    return ($"Load test, {users} concurrent users for {seconds} s on loopback: {sorted.Count} requests = {sorted.Count / elapsed:F0} requests/s; "
        + $"p50 {Percentile(sorted, 50):F2} ms, p99 {Percentile(sorted, 99):F2} ms, max {sorted.Max():F1} ms; errors {errors}; "
        + $"managed heap after full GC {heapBefore / 1024.0 / 1024:F1} MB before, {heapAfter / 1024.0 / 1024:F1} MB after; "
        + $"live heap after a full GC every {Math.Max(1, seconds / 6)} s during the run (MB): {string.Join(", ", memorySamples.Select(sample => (sample / 1024.0 / 1024).ToString("F1", CultureInfo.InvariantCulture)))}; "
        + $"load average {LoadAverage()}.", sorted.Count);
}

static async Task<(List<double> Times, int Errors)> RunAsync(int count, int concurrency, Func<int, Task<int>> request)
{
    var times = new double[count];
    var errors = 0;
    var next = -1;
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            var started = Stopwatch.GetTimestamp();
            if (await request(i) != 200)
            {
                Interlocked.Increment(ref errors);
            }

            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    })));
    return (times.ToList(), errors);
}

static double Percentile(List<double> values, int percentile)
{
    var sorted = values.OrderBy(value => value).ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
