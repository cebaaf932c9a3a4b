using System.CommandLine;
using Logto.Generated.Testing;

// The fake Logto on its own, for any process in any language: a fixed loopback port, the seeded machine-to-machine
// application (its id and secret are printed) and the demo data set.
var port = new Option<int>("--port") { Description = "The loopback port to listen on.", DefaultValueFactory = _ => 3001 };
var empty = new Option<bool>("--empty") { Description = "Do not seed the demo data set." };
var root = new RootCommand("An in-memory Logto (Logto.Generated.Testing) on 127.0.0.1.") { port, empty };
root.SetAction(async (result, cancellationToken) =>
{
    await using var logto = new FakeLogto();
    var address = await logto.StartServerAsync(result.GetValue(port), cancellationToken);
    var data = result.GetValue(empty) ? null : logto.Seed.DemoData();
    Console.WriteLine($"Fake Logto at {address}");
    Console.WriteLine($"  M2M client id:     {logto.ClientId}");
    Console.WriteLine($"  M2M client secret: {logto.ClientSecret}");
    Console.WriteLine($"  Management API resource: {FakeLogto.ManagementResource}");
    if (data is not null)
    {
        Console.WriteLine($"  Demo users: alice ({data.AliceId}), bob ({data.BobId})");
    }

    Console.WriteLine("Try:");
    Console.WriteLine($"  TOKEN=$(curl -s -u {logto.ClientId}:{logto.ClientSecret} -d grant_type=client_credentials -d resource={FakeLogto.ManagementResource} -d scope=all {address}oidc/token | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
    Console.WriteLine($"  curl -H \"Authorization: Bearer $TOKEN\" {address}api/users");
    try
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
    catch (OperationCanceledException)
    {
        // Ctrl+C.
    }

    return 0;
});
return await root.Parse(args).InvokeAsync();
