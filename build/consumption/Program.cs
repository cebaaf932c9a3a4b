// A consumer of the Logto.Generated packages: through the package's own pipeline (client credentials token, bearer
// header, retries), it lists applications from a loopback stub of Logto and checks the result; then it hosts the
// third-party applications endpoint of Logto.Generated.AspNetCore on loopback and checks its 401 envelope. CI thus
// proves the packages work as installed, without NSwag or the build tooling.
using System.Net;
using System.Net.Sockets;
using System.Text;
using Logto.Generated;
using Logto.Generated.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

var port = FreePort();
var endpoint = $"http://127.0.0.1:{port}/";
using var listener = new HttpListener();
listener.Prefixes.Add(endpoint);
listener.Start();
var server = Task.Run(() => ServeAsync(listener));

var client = LogtoManagementClient.Create(new LogtoManagementOptions
{
    Endpoint = new Uri(endpoint),
    ClientId = "consumer",
    ClientSecret = "consumer-secret",
    Resource = LogtoManagementOptions.SelfHostedResource,
});
var page = await client.Applications.ListApplicationsAsync(new ListApplicationsOptions { Types = [ApplicationType.SPA], PageSize = 20 }).GetPageAsync();

var application = page.Items.Single();
Check(application.Name == "consumer-app", "the application name");
Check(application.Type == ApplicationType.SPA, "the application type");
Check(page.TotalCount == 1, "the Total-Number header");
Console.WriteLine($"Logto.Generated: listed {application.Id} {application.Name} ({application.Type}), total {page.TotalCount}");

var portal = await StartPortalAsync(endpoint);
using (var anonymous = new HttpClient())
{
    var response = await anonymous.GetAsync(portal.Address + "api/applications");
    var body = await response.Content.ReadAsStringAsync();
    Check(response.StatusCode == HttpStatusCode.Unauthorized, "the endpoint's status without a token");
    Check(body == """{"code":401,"message":"invalid token","data":{}}""", "the endpoint's 401 envelope: " + body);
    Console.WriteLine("Logto.Generated.AspNetCore: " + body);
}

await portal.App.StopAsync();
listener.Stop();
Console.WriteLine("consumption test passed");
return 0;

static async Task<(WebApplication App, string Address)> StartPortalAsync(string endpoint)
{
    var builder = WebApplication.CreateSlimBuilder();
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    builder.Services.AddLogtoManagementApi(options =>
    {
        options.Endpoint = new Uri(endpoint);
        options.ClientId = "consumer";
        options.ClientSecret = "consumer-secret";
        options.Resource = LogtoManagementOptions.SelfHostedResource;
    });
    builder.Services.AddLogtoThirdPartyApplications();
    builder.Services.AddLogtoThirdPartyApplicationsEndpoint(options =>
    {
        options.Endpoint = new Uri(endpoint);
        options.Audience = "https://portal.example.com";
        options.RequireHttpsMetadata = false;
    });
    var app = builder.Build();
    app.MapLogtoThirdPartyApplications("/api/applications");
    await app.StartAsync();
    var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    return (app, address.TrimEnd('/') + "/");
}

static async Task ServeAsync(HttpListener listener)
{
    while (listener.IsListening)
    {
        HttpListenerContext context;
        try
        {
            context = await listener.GetContextAsync();
        }
        catch (HttpListenerException)
        {
            return;
        }

        var (status, body) = Answer(context.Request);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.AddHeader("Total-Number", "1");
        var bytes = Encoding.UTF8.GetBytes(body);
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }
}

static (int Status, string Body) Answer(HttpListenerRequest request)
{
    if (request.HttpMethod == "POST" && request.Url!.AbsolutePath == "/oidc/token")
    {
        return (200, """{"access_token":"consumer-token","expires_in":3600,"token_type":"Bearer","scope":"all"}""");
    }

    var authorized = request.Headers["Authorization"] == "Bearer consumer-token";
    var expected = request.HttpMethod == "GET" && request.Url!.PathAndQuery == "/api/applications?types=SPA&page=1&page_size=20";
    return authorized && expected
        ? (200, """[{"tenantId":"default","id":"app1","name":"consumer-app","type":"SPA","isThirdParty":false,"createdAt":1}]""")
        : (authorized ? 404 : 401, """{"code":"entity.not_found","message":"unexpected request"}""");
}

static int FreePort()
{
    using var probe = new TcpListener(IPAddress.Loopback, 0);
    probe.Start();
    return ((IPEndPoint)probe.LocalEndpoint).Port;
}

static void Check(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException("consumption test failed: " + what);
    }
}
