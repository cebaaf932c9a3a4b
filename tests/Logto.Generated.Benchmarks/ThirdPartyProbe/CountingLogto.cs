using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Logto.Generated.ThirdPartyProbe;

/// <summary>What the fake Logto was asked, by kind. Counters only: nothing grows with the number of requests.</summary>
internal sealed class RequestCounts
{
    private long _applicationLists;
    private long _applicationDetails;
    private long _users;
    private long _tokens;
    private long _oidc;

    public long ApplicationLists => Interlocked.Read(ref _applicationLists);

    public long ApplicationDetails => Interlocked.Read(ref _applicationDetails);

    public long Users => Interlocked.Read(ref _users);

    public long Tokens => Interlocked.Read(ref _tokens);

    public long Oidc => Interlocked.Read(ref _oidc);

    /// <summary>Every Management API request (<c>/api/...</c>).</summary>
    public long ManagementApi => ApplicationLists + ApplicationDetails + Users;

    /// <summary>When each catalog request (list page or per-application read) arrived, as Stopwatch timestamps.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<long> CatalogArrivals { get; } = new();

    public void CountList()
    {
        CatalogArrivals.Enqueue(System.Diagnostics.Stopwatch.GetTimestamp());
        Interlocked.Increment(ref _applicationLists);
    }

    public void CountDetail()
    {
        CatalogArrivals.Enqueue(System.Diagnostics.Stopwatch.GetTimestamp());
        Interlocked.Increment(ref _applicationDetails);
    }

    public void CountUser() => Interlocked.Increment(ref _users);

    public void CountToken() => Interlocked.Increment(ref _tokens);

    public void CountOidc() => Interlocked.Increment(ref _oidc);
}

/// <summary>
/// A Logto tenant on loopback Kestrel: <paramref name="applicationCount"/> third-party applications, every tenth of
/// them in three gated by a role; users <c>user0..</c> holding role <c>r{n % 2}</c> and one organization. Serves the
/// OIDC metadata, an ES384 JWKS, the token endpoint and the Management API routes the service reads.
/// </summary>
internal sealed class CountingLogto : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ECDsaSecurityKey _key = new(ECDsa.Create(ECCurve.NamedCurves.nistP384)) { KeyId = "probe-key" };
    private readonly string[] _applicationPages;
    private readonly Dictionary<string, (string Rules, string SignIn, string Consent)> _details = new(StringComparer.Ordinal);

    private CountingLogto(WebApplication app, int applicationCount, int gatedEvery10)
    {
        _app = app;
        Endpoint = new Uri(app.Urls.Single() + "/");
        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", "get-application.json")))!.AsObject();
        var applications = new List<JsonNode>();
        for (var i = 0; i < applicationCount; i++)
        {
            var id = $"app{i:D4}";
            var gated = i % 10 < gatedEvery10;
            var application = template.DeepClone().AsObject();
            application["id"] = id;
            application["name"] = id + ".example.com";
            application["isThirdParty"] = true;
            application["appLevelAccessControlEnabled"] = gated;
            application["oidcClientMetadata"] = new JsonObject
            {
                ["redirectUris"] = new JsonArray("https://" + id + ".example.com/callback"),
                ["postLogoutRedirectUris"] = new JsonArray("https://" + id + ".example.com"),
            };
            applications.Add(application);
            var rules = new JsonObject
            {
                ["userIds"] = new JsonArray(),
                ["userRoleIds"] = new JsonArray("r" + (i % 2)),
                ["organizationIds"] = new JsonArray(),
                ["organizationRoleRules"] = new JsonArray(),
            };
            var signIn = new JsonObject
            {
                ["tenantId"] = "default", ["applicationId"] = id, ["color"] = new JsonObject(),
                ["branding"] = new JsonObject { ["logoUrl"] = "https://cdn.example.com/" + id + ".png", ["darkLogoUrl"] = null },
                ["customCss"] = null, ["termsOfUseUrl"] = null, ["privacyPolicyUrl"] = null, ["displayName"] = "Application " + i,
            };
            var consent = new JsonObject
            {
                ["organizationScopes"] = new JsonArray(), ["resourceScopes"] = new JsonArray(), ["organizationResourceScopes"] = new JsonArray(),
                ["userScopes"] = new JsonArray("profile", "email"),
            };
            _details[id] = (rules.ToJsonString(), signIn.ToJsonString(), consent.ToJsonString());
        }

        _applicationPages = applications.Chunk(100).Select(page => new JsonArray(page.ToArray()).ToJsonString()).ToArray();
        ApplicationCount = applicationCount;
    }

    public Uri Endpoint { get; }

    public string Issuer => Endpoint.AbsoluteUri.TrimEnd('/') + "/oidc";

    public int ApplicationCount { get; }

    public RequestCounts Counts { get; } = new();

    public static async Task<CountingLogto> StartAsync(int applicationCount, int gatedEvery10)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        CountingLogto? logto = null;
        app.Run(context => logto!.HandleAsync(context));
        await app.StartAsync();
        logto = new CountingLogto(app, applicationCount, gatedEvery10);
        return logto;
    }

    /// <summary>An ES384 <c>at+jwt</c> access token of <paramref name="userId"/> for <paramref name="audience"/>, valid an hour.</summary>
    public string TokenFor(string userId, string audience) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = audience,
        Claims = new Dictionary<string, object> { ["sub"] = userId, ["scope"] = "openid profile" },
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.EcdsaSha384),
        TokenType = "at+jwt",
    });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments switch
        {
            ["oidc", ".well-known", "openid-configuration"] => Oidc(context, new JsonObject { ["issuer"] = Issuer, ["jwks_uri"] = Issuer + "/jwks" }.ToJsonString()),
            ["oidc", "jwks"] => Oidc(context, Jwks()),
            ["oidc", "token"] => Token(context),
            ["api", "applications"] => List(context),
            ["api", "applications", var id, var part] when _details.TryGetValue(id, out var details) => Detail(context, part, details),
            ["api", "users", var user, "roles"] => User(context, $$"""[{"tenantId":"default","id":"r{{UserNumber(user) % 2}}","name":"role","description":"A role.","type":"User","isDefault":false}]"""),
            ["api", "users", _, "organizations"] => User(context, """[{"tenantId":"default","id":"org1","name":"Org 1","description":null,"customData":{},"isMfaRequired":false,"color":{},"branding":{},"createdAt":1,"organizationRoles":[{"id":"or1","name":"member"}]}]"""),
            _ => Write(context, 404, """{"code":"entity.not_found","message":"The resource does not exist."}"""),
        };
    }

    private static int UserNumber(string user) => int.TryParse(user.AsSpan(4), out var number) ? number : 0;

    private Task Oidc(HttpContext context, string body)
    {
        Counts.CountOidc();
        return Write(context, 200, body);
    }

    private Task Token(HttpContext context)
    {
        Counts.CountToken();
        return Write(context, 200, """{"access_token":"probe-m2m-token","expires_in":3600,"token_type":"Bearer","scope":"all"}""");
    }

    private Task List(HttpContext context)
    {
        Counts.CountList();
        var page = int.TryParse(context.Request.Query["page"], out var number) ? number : 1;
        context.Response.Headers["Total-Number"] = ApplicationCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Write(context, 200, page >= 1 && page <= _applicationPages.Length ? _applicationPages[page - 1] : "[]");
    }

    private Task Detail(HttpContext context, string part, (string Rules, string SignIn, string Consent) details)
    {
        Counts.CountDetail();
        return part switch
        {
            "access-control" => Write(context, 200, details.Rules),
            "sign-in-experience" => Write(context, 200, details.SignIn),
            "user-consent-scopes" => Write(context, 200, details.Consent),
            _ => Write(context, 404, "{}"),
        };
    }

    private Task User(HttpContext context, string body)
    {
        Counts.CountUser();
        return Write(context, 200, body);
    }

    private string Jwks()
    {
        var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(_key);
        return JsonSerializer.Serialize(new { keys = new[] { new { kty = jwk.Kty, crv = jwk.Crv, x = jwk.X, y = jwk.Y, kid = _key.KeyId, use = "sig", alg = "ES384" } } });
    }

    private static Task Write(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    }
}
