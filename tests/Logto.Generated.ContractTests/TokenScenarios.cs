using System.Text.Json.Nodes;

namespace Logto.Generated.ContractTests;

/// <summary><c>/oidc/token</c> and the Management API's authentication.</summary>
public class TokenScenarios : ContractTest
{
    private static Dictionary<string, string> Form(string? resource = LogtoManagementOptions.SelfHostedResource, string scope = "all", string grant = "client_credentials")
    {
        var form = new Dictionary<string, string> { ["grant_type"] = grant, ["scope"] = scope };
        if (resource is not null)
        {
            form["resource"] = resource;
        }

        return form;
    }

    [Test]
    public async Task Client_credentials_give_a_bearer_token_for_an_hour()
    {
        using var response = await Target.TokenAsync(Form());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That((string?)body["token_type"], Is.EqualTo("Bearer"));
        Assert.That((int?)body["expires_in"], Is.EqualTo(3600));
        Assert.That((string?)body["scope"], Is.EqualTo("all"));
        Assert.That(((string)body["access_token"]!).Split('.'), Has.Length.EqualTo(3), "a JWT");
    }

    [Test]
    public async Task A_wrong_secret_is_401_invalid_client_with_WWW_Authenticate()
    {
        using var response = await Target.TokenAsync(Form(), secret: "wrong-secret");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That((int)response.StatusCode, Is.EqualTo(401));
        Assert.That((string?)body["code"], Is.EqualTo("oidc.invalid_client"));
        Assert.That((string?)body["error"], Is.EqualTo("invalid_client"));
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("error=\"invalid_client\""));
    }

    [Test]
    public async Task An_unknown_resource_is_400_invalid_target()
    {
        using var response = await Target.TokenAsync(Form("https://nope.example.com/api"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That((string?)body["code"], Is.EqualTo("oidc.invalid_target"));
    }

    [Test]
    public async Task No_resource_is_400_invalid_target()
    {
        using var response = await Target.TokenAsync(Form(resource: null));
        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That((string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"], Is.EqualTo("oidc.invalid_target"));
    }

    [Test]
    public async Task An_unknown_scope_still_gives_a_token_without_scope()
    {
        using var response = await Target.TokenAsync(Form(scope: "nope"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(body.ContainsKey("scope"), Is.False);
    }

    [Test]
    public async Task Another_grant_type_is_400_unsupported_grant_type()
    {
        using var response = await Target.TokenAsync(Form(grant: "password"));
        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That((string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"], Is.EqualTo("oidc.unsupported_grant_type"));
    }

    [Test]
    public async Task Discovery_names_the_issuer_and_the_jwks()
    {
        var discovery = JsonNode.Parse(await Target.Http.GetStringAsync("/oidc/.well-known/openid-configuration"))!;
        Assert.That((string?)discovery["issuer"], Is.EqualTo(Target.Endpoint.GetLeftPart(UriPartial.Authority) + "/oidc"));
        var jwks = JsonNode.Parse(await Target.Http.GetStringAsync((string)discovery["jwks_uri"]!))!;
        Assert.That(jwks["keys"]!.AsArray(), Is.Not.Empty);
    }

    [Test]
    public async Task Without_a_token_the_api_is_401_authorization_header_missing()
    {
        var answer = await SendWithoutTokenAsync();
        Assert.That(answer.Status, Is.EqualTo(401));
        Assert.That(answer.Code, Is.EqualTo("auth.authorization_header_missing"));
    }

    [Test]
    public async Task A_garbage_token_is_401_unauthorized()
    {
        var saved = Target.Http.DefaultRequestHeaders.Authorization;
        Target.Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "garbage");
        try
        {
            var answer = await Target.SendAsync("GET", "/api/users");
            Assert.That(answer.Status, Is.EqualTo(401));
            Assert.That(answer.Code, Is.EqualTo("auth.unauthorized"));
        }
        finally
        {
            Target.Http.DefaultRequestHeaders.Authorization = saved;
        }
    }

    private async Task<Answer> SendWithoutTokenAsync()
    {
        var saved = Target.Http.DefaultRequestHeaders.Authorization;
        Target.Http.DefaultRequestHeaders.Authorization = null;
        try
        {
            return await Target.SendAsync("GET", "/api/users");
        }
        finally
        {
            Target.Http.DefaultRequestHeaders.Authorization = saved;
        }
    }
}
