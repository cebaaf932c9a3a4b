namespace Logto.Generated.Testing.Tests.Tools;

/// <summary>The narrower faults: a Logto error body, a request filter, a handle that takes a fault back, held requests.</summary>
public class FakeLogtoFaultTests
{
    [Test]
    public async Task An_error_fault_answers_its_status_with_Logtos_error_body()
    {
        await using var logto = new FakeLogto();
        using var client = logto.CreateManagementClient();
        var id = logto.Seed.User("forbidden");
        logto.InjectFault("GetUser", FakeLogtoFault.Error(403, "auth.forbidden", "Forbidden.", TimeSpan.FromSeconds(3)));

        var error = Assert.CatchAsync<LogtoException>(() => client.Users.GetUserAsync(id));

        Assert.That(error!.StatusCode, Is.EqualTo(403));
        Assert.That(error.Code, Is.EqualTo("auth.forbidden"));
        Assert.That(error.ErrorMessage, Is.EqualTo("Forbidden."));
        Assert.That(error.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public async Task A_filtered_fault_hits_only_the_requests_it_matches_until_its_handle_is_disposed()
    {
        await using var logto = new FakeLogto();
        using var client = logto.CreateManagementClient();
        var hit = logto.Seed.User("hit");
        var missed = logto.Seed.User("missed");
        var fault = logto.InjectFault("GetUser", FakeLogtoFault.Error(404, "entity.not_found", "Gone."), int.MaxValue, request => request.Path == "/api/users/" + hit);

        Assert.That((await client.Users.GetUserAsync(missed)).Username, Is.EqualTo("missed"));
        Assert.That(Assert.CatchAsync<LogtoException>(() => client.Users.GetUserAsync(hit))!.StatusCode, Is.EqualTo(404));
        Assert.That(Assert.CatchAsync<LogtoException>(() => client.Users.GetUserAsync(hit))!.StatusCode, Is.EqualTo(404));
        fault.Dispose();
        Assert.That((await client.Users.GetUserAsync(hit)).Username, Is.EqualTo("hit"));
    }

    [Test]
    public async Task Held_requests_wait_for_their_release_and_are_counted_in_flight()
    {
        await using var logto = new FakeLogto();
        using var client = logto.CreateManagementClient();
        var ids = Enumerable.Range(0, 3).Select(i => logto.Seed.User("held" + i)).ToList();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        logto.InjectFault("GetUser", FakeLogtoFault.Held(release.Task), times: 3);

        var pending = ids.Select(id => client.Users.GetUserAsync(id)).ToList();
        var waited = TimeSpan.Zero;
        while (logto.RequestsInFlight < 3 && waited < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(10);
            waited += TimeSpan.FromMilliseconds(10);
        }

        Assert.That(logto.RequestsInFlight, Is.EqualTo(3));
        Assert.That(pending.Any(task => task.IsCompleted), Is.False);
        release.SetResult();
        var users = await Task.WhenAll(pending);

        Assert.That(users.Select(user => user.Username), Is.EqualTo(new[] { "held0", "held1", "held2" }));
        Assert.That(logto.RequestsInFlight, Is.EqualTo(0));
        Assert.That(logto.PeakRequestsInFlight, Is.EqualTo(3));
    }

    [Test]
    public void Bad_fault_arguments_are_refused_by_name()
    {
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => FakeLogtoFault.Error(302, "x", "y"))!.ParamName, Is.EqualTo("status"));
        Assert.That(Assert.Throws<ArgumentException>(() => FakeLogtoFault.Error(400, " ", "y"))!.ParamName, Is.EqualTo("code"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => FakeLogtoFault.Held(null!))!.ParamName, Is.EqualTo("release"));
    }
}
