using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Logto.Generated.Testing.Tests.Tools;

/// <summary>The fake's tools: transports, wiring, request log, faults, time, seeding, 501.</summary>
public class FakeLogtoToolsTests
{
    [Test]
    public async Task The_loopback_server_answers_a_token_request_and_GET_api_users_like_curl()
    {
        await using var logto = new FakeLogto();
        var address = await logto.StartServerAsync();
        logto.Seed.User("curl_user");
        using var http = new HttpClient { BaseAddress = address };

        using var tokenResponse = await http.PostAsync("/oidc/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["resource"] = FakeLogto.ManagementResource, ["scope"] = "all", ["client_id"] = logto.ClientId, ["client_secret"] = logto.ClientSecret,
        }));
        var token = (string)JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!["access_token"]!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/users");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var users = await http.SendAsync(request);

        Assert.That(address.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(users.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(users.Headers.GetValues("Total-Number").Single(), Is.EqualTo("1"));
        Assert.That(users.Headers.GetValues("Link").First(), Does.StartWith($"<{address.GetLeftPart(UriPartial.Authority)}/users?page=1>"));
        Assert.That(JsonNode.Parse(await users.Content.ReadAsStringAsync())![0]!["username"]!.GetValue<string>(), Is.EqualTo("curl_user"));
    }

    [Test]
    public async Task Dependency_injection_resolves_a_client_on_the_fake()
    {
        await using var logto = new FakeLogto();
        logto.Seed.User("di_user");
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(logto);
        await using var provider = services.BuildServiceProvider();

        var page = await provider.GetRequiredService<ILogtoManagementClient>().Users.ListUsersAsync().GetPageAsync(1);

        Assert.That(page.Items.Select(user => user.Username), Is.EqualTo(new[] { "di_user" }));
        Assert.That(page.TotalCount, Is.EqualTo(1));
    }

    [Test]
    public async Task The_request_log_holds_method_route_query_and_body()
    {
        await using var logto = new FakeLogto();
        using var client = logto.CreateManagementClient();

        await client.Users.CreateUserAsync(new CreateUserRequest { Username = "logged" });
        await client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 5 }).GetPageAsync(2);

        var token = logto.Requests.First();
        var create = logto.Requests.Single(request => request.OperationId == "CreateUser");
        var list = logto.Requests.Single(request => request.OperationId == "ListUsers");
        Assert.That(token.OperationId, Is.EqualTo(FakeLogto.TokenOperation));
        Assert.That(token.Body, Does.Not.Contain(logto.ClientSecret));
        Assert.That(create.Method, Is.EqualTo("POST"));
        Assert.That(create.Route, Is.EqualTo("/api/users"));
        Assert.That(JsonNode.Parse(create.Body!)!["username"]!.GetValue<string>(), Is.EqualTo("logged"));
        Assert.That(list.QueryValue("page"), Is.EqualTo("2"));
        Assert.That(list.QueryValue("page_size"), Is.EqualTo("5"));
        Assert.That(list.Status, Is.EqualTo(200));
    }

    [Test]
    public async Task A_429_fault_with_Retry_After_is_retried_by_the_client()
    {
        await using var logto = new FakeLogto();
        using var client = logto.CreateManagementClient();
        logto.InjectFault("GetUser", FakeLogtoFault.TooManyRequests(TimeSpan.FromSeconds(1)));
        var id = logto.Seed.User("retried");

        var user = await client.Users.GetUserAsync(id);

        Assert.That(user.Username, Is.EqualTo("retried"));
        Assert.That(logto.Requests.Where(request => request.OperationId == "GetUser").Select(request => request.Status), Is.EqualTo(new[] { 429, 200 }));
    }

    [Test]
    public async Task Faults_beyond_the_retries_surface_as_LogtoException_with_the_status_and_retry_after()
    {
        await using var logto = new FakeLogto();
        using var client = logto.CreateManagementClient(options => options.MaxRetryAttempts = 0);
        logto.InjectFault("ListUsers", FakeLogtoFault.TooManyRequests(TimeSpan.FromSeconds(7)), times: 5);

        var error = Assert.CatchAsync<LogtoException>(() => client.Users.ListUsersAsync().GetPageAsync(1));

        Assert.That(error!.StatusCode, Is.EqualTo(429));
        Assert.That(error.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(7)));
    }

    [Test]
    public async Task A_server_error_and_a_reset_connection_are_retried()
    {
        await using var logto = new FakeLogto();
        using var client = logto.CreateManagementClient(options => options.RetryBaseDelay = TimeSpan.FromMilliseconds(1));
        var id = logto.Seed.User("resilient");
        logto.InjectFault("GetUser", FakeLogtoFault.ServerError(503));
        logto.InjectFault("GetUser", FakeLogtoFault.ResetConnection());

        var user = await client.Users.GetUserAsync(id);

        Assert.That(user.Id, Is.EqualTo(id));
        Assert.That(logto.Requests.Where(request => request.OperationId == "GetUser").Select(request => request.Status), Is.EqualTo(new[] { 503, 0, 200 }));
    }

    [Test]
    public async Task A_delay_fault_waits_on_the_fakes_clock()
    {
        var time = new FakeTimeProvider();
        await using var logto = new FakeLogto(new FakeLogtoOptions { TimeProvider = time });
        using var http = new HttpClient(logto.CreateHandler()) { BaseAddress = logto.Endpoint };
        logto.InjectFault("*", FakeLogtoFault.Delayed(TimeSpan.FromMinutes(5)));

        var pending = http.GetAsync("/oidc/jwks");
        await Task.Delay(50);
        Assert.That(pending.IsCompleted, Is.False);
        time.Advance(TimeSpan.FromMinutes(5));
        using var response = await pending;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Tokens_expire_on_the_fakes_clock()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var logto = new FakeLogto(new FakeLogtoOptions { TimeProvider = time });
        using var http = new HttpClient(logto.CreateHandler()) { BaseAddress = logto.Endpoint };
        using var tokenResponse = await http.PostAsync("/oidc/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["resource"] = FakeLogto.ManagementResource, ["client_id"] = logto.ClientId, ["client_secret"] = logto.ClientSecret,
        }));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!["access_token"]!);

        using var fresh = await http.GetAsync("/api/users");
        time.Advance(TimeSpan.FromHours(1));
        using var expired = await http.GetAsync("/api/users");

        Assert.That(fresh.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(expired.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(JsonNode.Parse(await expired.Content.ReadAsStringAsync())!["data"]!["code"]!.GetValue<string>(), Is.EqualTo("ERR_JWT_EXPIRED"));
    }

    [Test]
    public async Task Timestamps_come_from_the_fakes_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        await using var logto = new FakeLogto(new FakeLogtoOptions { TimeProvider = time });
        using var client = logto.CreateManagementClient();

        var user = await client.Users.CreateUserAsync(new CreateUserRequest { Username = "timed" });

        Assert.That(logto.Seed.Send("GET", "/api/users/" + user.Id)!["createdAt"]!.GetValue<long>(), Is.EqualTo(time.GetUtcNow().ToUnixTimeMilliseconds()));
    }

    [Test]
    public async Task An_operation_the_fake_does_not_implement_answers_501_naming_it()
    {
        await using var logto = new FakeLogto();
        using var client = logto.CreateManagementClient();

        var error = Assert.CatchAsync<LogtoException>(() => client.Connectors.ListConnectorsAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(501));
        Assert.That(error.Message, Does.Contain("ListConnectors"));
        Assert.That(FakeLogto.ImplementedOperations, Does.Contain("ListUsers").And.Not.Contains("ListConnectors"));
    }

    [Test]
    public async Task A_user_access_token_is_an_ES384_at_jwt_for_the_audience()
    {
        await using var logto = new FakeLogto();

        var token = logto.IssueUserAccessToken("u1", "https://api.example.com", ["read"]);

        var jwt = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token);
        Assert.That(jwt.Alg, Is.EqualTo("ES384"));
        Assert.That(jwt.Typ, Is.EqualTo("at+jwt"));
        Assert.That(jwt.Issuer, Is.EqualTo(logto.Issuer));
        Assert.That(jwt.Audiences, Is.EqualTo(new[] { "https://api.example.com" }));
        Assert.That(jwt.Subject, Is.EqualTo("u1"));
        Assert.That(jwt.GetClaim("scope").Value, Is.EqualTo("read"));
    }

    [Test]
    public void Seeding_a_duplicate_throws_with_the_fakes_answer()
    {
        using var logto = new FakeLogto();
        logto.Seed.User("twice");

        var error = Assert.Throws<InvalidOperationException>(() => logto.Seed.User("twice"));

        Assert.That(error!.Message, Does.Contain("user.username_already_in_use"));
    }
}
