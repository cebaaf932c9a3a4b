using Logto.Generated.Portal;

// Serves GET /api/applications: the third-party applications the caller's Logto user may access.
// Settings come from appsettings.json or environment variables (Logto__Endpoint, Logto__ClientId, ...): see PortalHost.
// --demo runs it on a seeded fake Logto in the same process: see PortalDemo.
if (args.Contains(PortalDemo.Switch))
{
    return await PortalDemo.RunAsync(args.Where(arg => arg != PortalDemo.Switch).ToArray(), Console.Out, Console.Error);
}

return await PortalHost.RunAsync(args, Console.Error);
