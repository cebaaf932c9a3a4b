using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Logto.Generated.Testing.Tests.Routes;

/// <summary><c>/api/configs/admin-console</c>, the route the client's health check calls.</summary>
public class AdminConsoleConfigTests
{
    [Test]
    public async Task A_new_tenant_answers_the_real_servers_body_and_a_patch_merges_into_it()
    {
        await using var logto = new FakeLogto();
        using var client = logto.CreateManagementClient();

        var fresh = await client.Configs.GetAdminConsoleConfigAsync();
        var updated = await client.Configs.UpdateAdminConsoleConfigAsync(new UpdateAdminConsoleConfigRequest { OrganizationCreated = true });
        var read = await client.Configs.GetAdminConsoleConfigAsync();

        Assert.That((fresh.OrganizationCreated, fresh.SignInExperienceCustomized), Is.EqualTo((false, false)), "responses/GetAdminConsoleConfig.json");
        Assert.That((updated.OrganizationCreated, updated.SignInExperienceCustomized), Is.EqualTo((true, false)));
        Assert.That(read.OrganizationCreated, Is.True);
        Assert.That(logto.Requests.Where(request => request.OperationId != FakeLogto.TokenOperation).Select(request => $"{request.OperationId} {request.Status}"),
            Is.EqualTo(new[] { "GetAdminConsoleConfig 200", "UpdateAdminConsoleConfig 200", "GetAdminConsoleConfig 200" }));
    }

    [Test]
    public void A_value_of_the_wrong_type_is_refused_as_Logto_refuses_it()
    {
        using var logto = new FakeLogto();

        var error = Assert.Throws<InvalidOperationException>(() => logto.Seed.Send("PATCH", "/api/configs/admin-console", new System.Text.Json.Nodes.JsonObject { ["organizationCreated"] = "yes" }));

        Assert.That(error!.Message, Does.Contain("400").And.Contain("guard.invalid_input"));
    }

    [Test]
    public async Task The_clients_health_check_is_healthy_on_the_fake()
    {
        await using var logto = new FakeLogto();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLogtoManagementApi(logto);
        services.AddHealthChecks().AddLogtoManagementApi();
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.That(report.Entries["logto"].Status, Is.EqualTo(HealthStatus.Healthy), report.Entries["logto"].Description);
        Assert.That(logto.Requests.Select(request => request.OperationId), Is.EqualTo(new[] { FakeLogto.TokenOperation, "GetAdminConsoleConfig" }));
    }
}
