namespace Logto.Generated.Benchmarks.Handlers;

/// <summary>Concurrent GetUser calls, on a warm client or on a new client whose token cache is cold.</summary>
internal static class TokenBurst
{
    /// <summary>Starts <paramref name="calls"/> GetUser calls at once and waits for all of them.</summary>
    public static async Task<int> RunAsync(LogtoManagementClient client, int calls)
    {
        var tasks = new Task<User>[calls];
        for (var i = 0; i < calls; i++)
        {
            tasks[i] = client.Users.GetUserAsync(InMemoryLogtoHandler.UserId);
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
        return calls;
    }

    /// <summary>
    /// Creates a client (cold token cache) and starts <paramref name="calls"/> GetUser calls while the token endpoint
    /// holds its answer back, so every call finds the cache cold; then lets the token through and waits for all calls.
    /// </summary>
    /// <returns>How many token requests the burst caused.</returns>
    public static async Task<int> RunColdAsync(InMemoryLogtoHandler server, int calls)
    {
        var client = LogtoManagementClient.Create(BenchmarkEndpoint.Options(), server);
        var before = server.TokenRequests;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.TokenGate = gate.Task;
        var tasks = new Task<User>[calls];
        for (var i = 0; i < calls; i++)
        {
            tasks[i] = client.Users.GetUserAsync(InMemoryLogtoHandler.UserId);
        }

        gate.SetResult();
        await Task.WhenAll(tasks).ConfigureAwait(false);
        server.TokenGate = null;
        return server.TokenRequests - before;
    }
}
