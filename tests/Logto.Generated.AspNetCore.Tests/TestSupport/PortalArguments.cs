namespace Logto.Generated.AspNetCore.Tests.TestSupport;

/// <summary>The command line of a portal host on loopback against a <see cref="StubLogto"/>.</summary>
internal static class PortalArguments
{
    public static string[] For(StubLogto logto, params string[] extra) =>
    [
        "--urls=http://127.0.0.1:0",
        "--Logto:Endpoint=" + logto.Endpoint,
        "--Logto:ClientId=m2m",
        "--Logto:ClientSecret=secret",
        "--Logto:Resource=https://default.logto.app/api",
        "--Logto:Audience=" + EndpointUnderTest.Audience,
        "--Logto:RequireHttpsMetadata=false",
        .. extra,
    ];
}
