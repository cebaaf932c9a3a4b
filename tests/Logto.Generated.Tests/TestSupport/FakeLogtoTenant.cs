using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Web;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>An HTTP answer of <see cref="FakeLogtoTenant"/>, independent of the transport that carries it.</summary>
internal sealed record FakeLogtoResponse(int Status, string Body, IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// An in-memory Logto tenant answering the Management API routes the third-party applications service uses (paged
/// like Logto: <c>page</c>, <c>page_size</c>, <c>Total-Number</c>). It records every request as <c>METHOD /path?query</c>
/// and the peak number of requests in flight. Transport-neutral: MockHttp or a loopback Kestrel server carries it.
/// </summary>
internal sealed partial class FakeLogtoTenant
{
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly Dictionary<string, (int Status, string Body)> _failures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _retryAfter = new(StringComparer.Ordinal);
    private int _inFlight;
    private int _maxInFlight;
    private int _heldInFlight;
    private int _holdUntil;
    private TaskCompletionSource? _release;

    public List<FakeLogtoApplication> Applications { get; } = [];

    public Dictionary<string, List<string>> UserRoleIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<(string OrganizationId, string[] RoleIds)>> UserOrganizations { get; } = new(StringComparer.Ordinal);

    /// <summary>Answer 404 to every access-control request, as a Logto older than app-level access control does.</summary>
    public bool AccessControlRouteMissing { get; set; }

    /// <summary>Ignore <c>isThirdParty=true</c> and list first-party applications too.</summary>
    public bool IgnoresThirdPartyFilter { get; set; }

    /// <summary>Every request so far, as <c>GET /api/users/u1/roles?page=1&amp;page_size=100</c>.</summary>
    public IReadOnlyList<string> Requests => _requests.ToList();

    /// <summary>The most requests in flight at once.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public FakeLogtoApplication AddApplication(string id, bool isThirdParty = true)
    {
        var application = new FakeLogtoApplication(id, isThirdParty);
        Applications.Add(application);
        return application;
    }

    public void AddUser(string userId, IEnumerable<string>? roleIds = null, params (string OrganizationId, string[] RoleIds)[] organizations)
    {
        UserRoleIds[userId] = roleIds?.ToList() ?? [];
        UserOrganizations[userId] = organizations.ToList();
    }

    /// <summary>
    /// Answers <paramref name="pathAndQuery"/> (exactly, query included) with this status and Logto error body, and a
    /// <c>Retry-After</c> header when <paramref name="retryAfter"/> is set.
    /// </summary>
    public void Fail(string pathAndQuery, int status, string code = "test.failure", string message = "Injected failure.", string? retryAfter = null)
    {
        _failures[pathAndQuery] = (status, new JObject { ["code"] = code, ["message"] = message }.ToString(Newtonsoft.Json.Formatting.None));
        _retryAfter[pathAndQuery] = retryAfter;
    }

    public void Unfail(string pathAndQuery) => _failures.Remove(pathAndQuery);

    /// <summary>
    /// Holds per-application requests until <paramref name="count"/> of them are in flight together, keeps them held a
    /// moment longer so that a client without a limit would start more (raising <see cref="MaxInFlight"/>), then lets
    /// every request through. A serial client never gets there, and its held request fails after 10 seconds.
    /// </summary>
    public void HoldPerApplicationRequestsUntilInFlight(int count)
    {
        _holdUntil = count;
        _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public int Count(string requestPrefix) => Requests.Count(request => request.StartsWith(requestPrefix, StringComparison.Ordinal));

    public async Task<FakeLogtoResponse> HandleAsync(string method, string pathAndQuery)
    {
        _requests.Enqueue($"{method} {pathAndQuery}");
        var inFlight = Interlocked.Increment(ref _inFlight);
        UpdateMax(inFlight);
        try
        {
            var path = pathAndQuery.Split('?')[0];
            if (PerApplicationRoute().IsMatch(path))
            {
                await HoldAsync().ConfigureAwait(false);
            }

            return _failures.TryGetValue(pathAndQuery, out var failure)
                ? WithRetryAfter(Json(failure.Status, failure.Body), _retryAfter.GetValueOrDefault(pathAndQuery))
                : Route(method, path, HttpUtility.ParseQueryString(pathAndQuery.Contains('?') ? pathAndQuery[(pathAndQuery.IndexOf('?') + 1)..] : string.Empty));
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task HoldAsync()
    {
        if (_release is not { } release)
        {
            return;
        }

        if (Interlocked.Increment(ref _heldInFlight) == _holdUntil)
        {
            // Not a measurement: only a window in which a client that ignores its limit would overshoot.
            _ = Task.Delay(TimeSpan.FromMilliseconds(200)).ContinueWith(_ => release.TrySetResult(), TaskScheduler.Default);
        }

        try
        {
            await release.Task.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _heldInFlight);
        }
    }

    private FakeLogtoResponse Route(string method, string path, System.Collections.Specialized.NameValueCollection query)
    {
        if (method == "POST" && path == "/oidc/token")
        {
            return Json(200, """{"access_token":"fake-m2m-access-token","expires_in":3600,"token_type":"Bearer","scope":"all"}""");
        }

        if (method != "GET")
        {
            return NotFound();
        }

        if (path == "/api/configs/admin-console")
        {
            return Json(200, "{}"); // the health check's probe
        }

        if (path == "/api/applications")
        {
            var listed = Applications.Where(app => app.IsThirdParty || IgnoresThirdPartyFilter || query["isThirdParty"] != "true");
            return Page(listed.Select(app => (JToken)app.ToJson()).ToList(), query);
        }

        if (PerApplicationRoute().Match(path) is { Success: true } perApplication)
        {
            var application = Applications.FirstOrDefault(app => app.Id == Uri.UnescapeDataString(perApplication.Groups["id"].Value));
            return application is null ? NotFound() : ApplicationPart(application, perApplication.Groups["part"].Value);
        }

        if (UserRoute().Match(path) is { Success: true } userPart && UserRoleIds.ContainsKey(Uri.UnescapeDataString(userPart.Groups["id"].Value)))
        {
            var userId = Uri.UnescapeDataString(userPart.Groups["id"].Value);
            return userPart.Groups["part"].Value == "roles"
                ? Page(UserRoleIds[userId].Select(RoleJson).ToList(), query)
                : Json(200, new JArray(UserOrganizations[userId].Select(OrganizationJson)).ToString(Newtonsoft.Json.Formatting.None));
        }

        return NotFound();
    }

    private FakeLogtoResponse ApplicationPart(FakeLogtoApplication application, string part) => part switch
    {
        "access-control" when AccessControlRouteMissing => Json(404, "Not Found"),
        "access-control" => Json(200, application.AccessControl.ToString(Newtonsoft.Json.Formatting.None)),
        "sign-in-experience" when application.SignInExperience is null => NotFound(),
        "sign-in-experience" => Json(200, application.SignInExperience!.ToString(Newtonsoft.Json.Formatting.None)),
        "user-consent-scopes" => Json(200, application.ConsentScopes.ToString(Newtonsoft.Json.Formatting.None)),
        _ => NotFound(),
    };

    private static FakeLogtoResponse Page(List<JToken> items, System.Collections.Specialized.NameValueCollection query)
    {
        var page = int.Parse(query["page"] ?? "1", CultureInfo.InvariantCulture);
        var size = int.Parse(query["page_size"] ?? "20", CultureInfo.InvariantCulture);
        var body = new JArray(items.Skip((page - 1) * size).Take(size)).ToString(Newtonsoft.Json.Formatting.None);
        return new FakeLogtoResponse(200, body, new Dictionary<string, string>
        {
            ["Content-Type"] = "application/json",
            ["Total-Number"] = items.Count.ToString(CultureInfo.InvariantCulture),
        });
    }

    private static JToken RoleJson(string roleId) => new JObject
    {
        ["tenantId"] = "default", ["id"] = roleId, ["name"] = "role " + roleId, ["description"] = "A role.", ["type"] = "User", ["isDefault"] = false,
    };

    private static JToken OrganizationJson((string OrganizationId, string[] RoleIds) membership)
    {
        var organization = (JObject)JArray.Parse(Fixtures.RealLogto("list-user-organizations.json"))[0];
        organization["id"] = membership.OrganizationId;
        organization["name"] = "org " + membership.OrganizationId;
        organization["organizationRoles"] = new JArray(membership.RoleIds.Select(id => new JObject { ["id"] = id, ["name"] = "org role " + id }));
        return organization;
    }

    private static FakeLogtoResponse WithRetryAfter(FakeLogtoResponse response, string? retryAfter) =>
        retryAfter is null ? response : response with { Headers = new Dictionary<string, string>(response.Headers) { ["Retry-After"] = retryAfter } };

    private static FakeLogtoResponse NotFound() =>
        Json(404, """{"code":"entity.not_found","message":"The resource does not exist."}""");

    private static FakeLogtoResponse Json(int status, string body) =>
        new(status, body, new Dictionary<string, string> { ["Content-Type"] = "application/json", ["Logto-Core-Request-Id"] = "req-" + status });

    private void UpdateMax(int inFlight)
    {
        var max = Volatile.Read(ref _maxInFlight);
        while (inFlight > max && Interlocked.CompareExchange(ref _maxInFlight, inFlight, max) != max)
        {
            max = Volatile.Read(ref _maxInFlight);
        }
    }

    [GeneratedRegex("^/api/applications/(?<id>[^/]+)/(?<part>access-control|sign-in-experience|user-consent-scopes)$")]
    private static partial Regex PerApplicationRoute();

    [GeneratedRegex("^/api/users/(?<id>[^/]+)/(?<part>roles|organizations)$")]
    private static partial Regex UserRoute();
}
