using Logto.Generated.Testing;

namespace Logto.Generated.AspNetCore.Tests.TestSupport;

/// <summary>The command line of a portal host on loopback against a <see cref="FakeLogto"/> on loopback.</summary>
internal static class PortalArguments
{
    public static string[] For(FakeLogto logto, params string[] extra) =>
    [
        "--urls=http://127.0.0.1:0",
        "--Logto:Endpoint=" + logto.Endpoint,
        "--Logto:ClientId=" + logto.ClientId,
        "--Logto:ClientSecret=" + logto.ClientSecret,
        "--Logto:Resource=" + FakeLogto.ManagementResource,
        "--Logto:Audience=" + EndpointUnderTest.Audience,
        "--Logto:RequireHttpsMetadata=false",
        .. extra,
    ];

}
