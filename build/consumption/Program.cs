// A consumer of the Logto.Generated package: through the package's own pipeline (client credentials token, bearer
// header, retries), it lists applications from a loopback stub of Logto and checks the result, so that CI proves the
// package works as installed, without NSwag or the build tooling.
using System.Net;
using System.Net.Sockets;
using System.Text;
using Logto.Generated;

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
var page = await client.Applications.ListApplicationsAsync(types: [ApplicationType.SPA], page: 1, page_size: 20);

var application = page.Result.Single();
Check(application.Name == "consumer-app", "the application name");
Check(application.Type == ApplicationType.SPA, "the application type");
Check(page.TotalCount == 1, "the Total-Number header");
Console.WriteLine($"consumption test passed: {application.Id} {application.Name} ({application.Type}), total {page.TotalCount}");
listener.Stop();
return 0;

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
