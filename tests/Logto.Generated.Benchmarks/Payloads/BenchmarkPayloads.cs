namespace Logto.Generated.Benchmarks.Payloads;

/// <summary>
/// The response bodies the in-memory server returns. They are real Logto responses (copied from the shared
/// real-logto fixtures into this folder), read once; the application list is enriched to about 100 KB.
/// </summary>
internal sealed class BenchmarkPayloads
{
    private BenchmarkPayloads(byte[] applications, byte[] application, byte[] users, byte[] user)
    {
        Applications = applications;
        Application = application;
        Users = users;
        User = user;
    }

    /// <summary>100 applications, enriched by <see cref="ApplicationListEnricher"/> (about 100 KB).</summary>
    public byte[] Applications { get; }

    /// <summary>One SPA application, as <c>GET /api/applications/{id}</c> (and <c>POST /api/applications</c>) return it.</summary>
    public byte[] Application { get; }

    /// <summary>100 users with profiles and custom data, as <c>GET /api/users?page_size=100</c> returns them.</summary>
    public byte[] Users { get; }

    /// <summary>One user, as <c>GET /api/users/{id}</c> returns it.</summary>
    public byte[] User { get; }

    /// <summary>The payloads, read from the files copied next to the program.</summary>
    public static BenchmarkPayloads Load() => new(
        ApplicationListEnricher.Enrich(Read("list-applications-100.json")),
        Read("get-application.json"),
        Read("list-users-100.json"),
        Read("get-user.json"));

    /// <summary>Reads one payload file copied to the output directory.</summary>
    public static byte[] Read(string fileName) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Payloads", fileName));
}
