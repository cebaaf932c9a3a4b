using Logto.Generated.Portal;

// Serves GET /api/applications: the third-party applications the caller's Logto user may access.
// Settings come from appsettings.json or environment variables (Logto__Endpoint, Logto__ClientId, ...): see PortalHost.
return await PortalHost.RunAsync(args, Console.Error);
