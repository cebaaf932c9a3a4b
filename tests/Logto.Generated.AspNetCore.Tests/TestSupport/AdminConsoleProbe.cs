using System.Net;
using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.AspNetCore.Tests.TestSupport;

/// <summary>
/// Answers the health check's probe, <c>GET /api/configs/admin-console</c>, with the real Logto's answer: the fake
/// Logto does not implement that operation (it answers 501), so a client on the fake gets it from here.
/// </summary>
internal sealed class AdminConsoleProbe : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.RequestUri!.AbsolutePath.EndsWith("/api/configs/admin-console", StringComparison.Ordinal)
            ? Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(Fixtures.RealLogto("responses/GetAdminConsoleConfig.json"), System.Text.Encoding.UTF8, "application/json"),
            })
            : base.SendAsync(request, cancellationToken);
}
