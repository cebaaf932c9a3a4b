// A consumer of the Logto.Generated.Testing package: an in-process fake Logto answers the installed client (token,
// create, list with Total-Number), the loopback server answers a raw token request, and a user access token carries
// what was asked. Run on net10.0 and, self-contained, on net8.0.
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text.Json;
using Logto.Generated;
using Logto.Generated.Testing;

await using var logto = new FakeLogto();
using (var client = logto.CreateManagementClient())
{
    var created = await client.Users.CreateUserAsync(new CreateUserRequest { Username = "consumer" });
    var page = await client.Users.ListUsersAsync().GetPageAsync();
    Check(page.Items.Single().Id == created.Id, "the created user is listed");
    Check(page.TotalCount == 1, "the Total-Number header");
}

var address = await logto.StartServerAsync();
using (var http = new HttpClient { BaseAddress = address })
{
    using var response = await http.PostAsync("/oidc/token", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials", ["resource"] = FakeLogto.ManagementResource, ["scope"] = "all",
        ["client_id"] = logto.ClientId, ["client_secret"] = logto.ClientSecret,
    }));
    var token = await response.Content.ReadFromJsonAsync<JsonElement>();
    Check(token.GetProperty("token_type").GetString() == "Bearer", "the loopback token endpoint");
}

var userToken = logto.IssueUserAccessToken("u1", "https://api.example.com");
Check(userToken.Split('.').Length == 3, "a signed user access token");
Console.WriteLine($"Logto.Generated.Testing: fake Logto answered the client, the loopback server and issued a token on {RuntimeInformation.FrameworkDescription}");

static void Check(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException("Consumer check failed: " + what);
    }
}
