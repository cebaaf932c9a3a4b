using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Testing.Tests;

/// <summary>
/// Replays the 88 request/answer pairs a real Logto gave (<c>fixtures/real-logto/scenarios/scenarios.jsonl</c>) against
/// the fake, in order, mapping the real run's ids to the fake's: the status, Logto's error code, the body's keys (and
/// the item count of lists) and the paging headers must match.
/// </summary>
public class ScenarioReplayTests
{
    [Test]
    public async Task Every_real_scenario_gets_the_same_answer_from_the_fake()
    {
        await using var fake = new FakeLogto();
        using var http = new HttpClient(fake.CreateHandler()) { BaseAddress = fake.Endpoint };
        var token = await TokenAsync(http, fake);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(Fixtures.SharedDirectory, "fixtures", "real-logto", "scenarios", "scenarios.jsonl"));
        var mismatches = new List<string>();
        foreach (var line in lines)
        {
            var scenario = JsonNode.Parse(line)!.AsObject();
            var name = (string)scenario["name"]!;
            var request = scenario["request"]!.AsObject();
            var expected = scenario["response"]!.AsObject();
            using var message = Build(request, ids, fake, name, token);
            using var response = await http.SendAsync(message);
            var text = await response.Content.ReadAsStringAsync();
            var actual = text.Length == 0 ? null : JsonNode.Parse(text);
            var expectedBody = expected["body"];
            Learn(expectedBody, actual, ids);
            var problems = Compare(expected, (int)response.StatusCode, actual, response);
            if (problems.Count > 0)
            {
                mismatches.Add($"{name}: {string.Join("; ", problems)} (fake answered {(int)response.StatusCode} {text[..Math.Min(text.Length, 300)]})");
            }
        }

        Assert.That(lines, Has.Length.EqualTo(88));
        Assert.That(mismatches, Is.Empty, string.Join("\n", mismatches));
    }

    private static async Task<string> TokenAsync(HttpClient http, FakeLogto fake)
    {
        using var response = await http.PostAsync("/oidc/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["resource"] = FakeLogto.ManagementResource, ["scope"] = "all",
            ["client_id"] = fake.ClientId, ["client_secret"] = fake.ClientSecret,
        }));
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!;
    }

    private static HttpRequestMessage Build(JsonObject request, Dictionary<string, string> ids, FakeLogto fake, string name, string token)
    {
        var path = Map((string)request["path"]!, ids);
        var query = request["query"] as JsonObject;
        if (query is not null)
        {
            var parts = new List<string>();
            foreach (var pair in query)
            {
                var values = pair.Value is JsonArray array ? array.Select(item => item!.ToString()) : [pair.Value!.ToString()];
                parts.AddRange(values.Select(value => Uri.EscapeDataString(pair.Key) + "=" + Uri.EscapeDataString(Map(value, ids))));
            }

            path += "?" + string.Join("&", parts);
        }

        var message = new HttpRequestMessage(new HttpMethod((string)request["method"]!), path);
        var body = request["body"];
        if (path.StartsWith("/oidc/token", StringComparison.Ordinal))
        {
            var form = body!.AsObject().ToDictionary(pair => pair.Key, pair => pair.Value!.ToString());
            message.Content = new FormUrlEncodedContent(form);
            var secret = name == "token.wrong-secret" ? "wrong" : fake.ClientSecret;
            message.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(fake.ClientId + ":" + secret)));
            return message;
        }

        if (body is not null)
        {
            message.Content = new StringContent(Map(body.ToJsonString(), ids), Encoding.UTF8, "application/json");
        }

        if (name == "auth.garbage-token")
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "garbage");
        }
        else if (name != "auth.no-token")
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return message;
    }

    private static string Map(string text, Dictionary<string, string> ids)
    {
        foreach (var pair in ids.OrderByDescending(pair => pair.Key.Length))
        {
            text = text.Replace(pair.Key, pair.Value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Maps the real run's ids to the fake's, from the <c>id</c> of a created entity.</summary>
    private static void Learn(JsonNode? expected, JsonNode? actual, Dictionary<string, string> ids)
    {
        if (expected is JsonObject real && actual is JsonObject fake && real["id"] is JsonValue realId && fake["id"] is JsonValue fakeId)
        {
            ids.TryAdd(realId.ToString(), fakeId.ToString());
        }
    }

    private static List<string> Compare(JsonObject expected, int status, JsonNode? actual, HttpResponseMessage response)
    {
        var problems = new List<string>();
        var expectedStatus = (int)expected["status"]!;
        if (status != expectedStatus)
        {
            problems.Add($"status {status}, expected {expectedStatus}");
        }

        var body = expected["body"];
        if (body is JsonObject realObject)
        {
            if (actual is not JsonObject fakeObject)
            {
                problems.Add("expected an object");
                return problems;
            }

            if ((string?)realObject["code"] != (string?)fakeObject["code"])
            {
                problems.Add($"code {(string?)fakeObject["code"]}, expected {(string?)realObject["code"]}");
            }

            var missing = realObject.Select(pair => pair.Key).Except(fakeObject.Select(pair => pair.Key)).ToList();
            var extra = fakeObject.Select(pair => pair.Key).Except(realObject.Select(pair => pair.Key)).ToList();
            if (missing.Count > 0 || extra.Count > 0)
            {
                problems.Add($"keys: missing [{string.Join(",", missing)}] extra [{string.Join(",", extra)}]");
            }
        }
        else if (body is JsonArray realArray)
        {
            if (actual is not JsonArray fakeArray)
            {
                problems.Add("expected an array");
            }
            else if (fakeArray.Count != realArray.Count && !IsTenantWide(expected))
            {
                problems.Add($"{fakeArray.Count} items, expected {realArray.Count}");
            }
        }

        var headers = expected["headers"]!.AsObject();
        if (headers["total-number"] is not null && !response.Headers.Contains("Total-Number"))
        {
            problems.Add("no Total-Number");
        }

        if (headers["link"] is JsonArray links && (!response.Headers.TryGetValues("Link", out var fakeLinks) || fakeLinks.Count() != links.Count) && !IsTenantWide(expected))
        {
            problems.Add($"Link count {(response.Headers.TryGetValues("Link", out var some) ? some.Count() : 0)}, expected {links.Count}");
        }

        if (headers["www-authenticate"] is not null && response.Headers.WwwAuthenticate.Count == 0)
        {
            problems.Add("no WWW-Authenticate");
        }

        if (!response.Headers.Contains("Logto-Core-Request-Id"))
        {
            problems.Add("no Logto-Core-Request-Id");
        }

        return problems;
    }

    /// <summary>The real tenant held more third-party applications than this run made: its count is not the fake's.</summary>
    private static bool IsTenantWide(JsonObject expected) => (string?)expected["headers"]!["total-number"] == "19";
}
