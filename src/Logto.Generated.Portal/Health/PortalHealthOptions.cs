namespace Logto.Generated.Portal;

/// <summary>The <c>Portal:Health</c> settings: where the probes answer and when a catalog counts as stale.</summary>
internal sealed class PortalHealthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Portal:Health";

    /// <summary>The liveness probe: healthy while the process runs; <c>/healthz/live</c> by default.</summary>
    public string LivePath { get; set; } = "/healthz/live";

    /// <summary>The readiness probe: a catalog loaded and fresh, and Logto answering; <c>/healthz/ready</c> by default.</summary>
    public string ReadyPath { get; set; } = "/healthz/ready";

    /// <summary>
    /// The age past which the catalog makes the portal degraded (it still serves the last good snapshot); 5 minutes by
    /// default, five list intervals at the defaults.
    /// </summary>
    public TimeSpan MaxCatalogAge { get; set; } = TimeSpan.FromMinutes(5);
}
