using Microsoft.Extensions.Time.Testing;

namespace Logto.Generated.Testing.Tests.Tools;

/// <summary>The request log's arrival times, on the fake's clock.</summary>
public class FakeLogtoRequestLogTests
{
    [Test]
    public async Task Each_request_is_logged_with_the_time_it_arrived_by_the_fakes_clock_not_the_time_it_was_answered()
    {
        var start = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var time = new FakeTimeProvider(start);
        await using var logto = new FakeLogto(new FakeLogtoOptions { TimeProvider = time });
        using var client = logto.CreateManagementClient();
        var id = logto.Seed.User("timed");
        logto.ClearRequests();
        await client.Users.GetUserAsync(id);
        time.Advance(TimeSpan.FromSeconds(7));
        var release = new TaskCompletionSource();
        logto.InjectFault("GetUser", FakeLogtoFault.Held(release.Task));

        var held = client.Users.GetUserAsync(id);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (logto.RequestsInFlight == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1);
        }

        time.Advance(TimeSpan.FromSeconds(5));
        release.SetResult();
        await held;

        var users = logto.Requests.Where(request => request.OperationId == "GetUser").ToList();
        Assert.That(users.Select(request => request.ReceivedAt), Is.EqualTo(new[] { start, start + TimeSpan.FromSeconds(7) }));
        Assert.That(logto.Requests.Single(request => request.OperationId == FakeLogto.TokenOperation).ReceivedAt, Is.EqualTo(start));
    }
}
