using System.Text;
using Logto.Generated.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace Logto.Generated.AspNetCore.Tests.Serialization;

/// <summary>MVC controllers with <c>AddJsonOptions(o =&gt; o.JsonSerializerOptions.AddLogto())</c>: the same wire shape as Logto's.</summary>
public sealed class SystemTextJsonMvcTests
{
    private static readonly string ApplicationJson = Fixtures.RealLogto("responses/GetApplication.json");

    [Test]
    public async Task A_controller_returns_an_application_and_accepts_an_update_as_Logto_does()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddControllers()
            .AddApplicationPart(typeof(ModelsController).Assembly)
            .AddJsonOptions(o => o.JsonSerializerOptions.AddLogto());
        await using var app = builder.Build();
        app.MapControllers();
        await app.StartAsync();
        using var client = app.GetTestClient();

        var written = await client.GetStringAsync("/mvc/application");
        using var response = await client.PostAsync("/mvc/user", new StringContent("""{"primaryEmail":null,"name":"Al"}""", Encoding.UTF8, "application/json"));
        var resent = await response.Content.ReadAsStringAsync();

        Assert.That(CanonicalJson.Of(written), Is.EqualTo(CanonicalJson.Of(ApplicationJson)));
        Assert.That(CanonicalJson.Of(resent), Is.EqualTo(CanonicalJson.Of("""{"primaryEmail":null,"name":"Al"}""")), "the null is kept, nothing absent is added");
    }
}

/// <summary>A controller as a user writes one: it returns a model and accepts one (MVC finds only top-level public controllers).</summary>
[ApiController]
[Route("mvc")]
public sealed class ModelsController : ControllerBase
{
    [HttpGet("application")]
    public Application GetApplication() => JsonConvert.DeserializeObject<Application>(Fixtures.RealLogto("responses/GetApplication.json"), LogtoJson.CreateSettings())!;

    /// <summary>Sends the body on as the Logto client would.</summary>
    [HttpPost("user")]
    public ContentResult Update(UpdateUserRequest body) =>
        Content(JsonConvert.SerializeObject(body, LogtoJson.CreateSettings()), "application/json");
}
