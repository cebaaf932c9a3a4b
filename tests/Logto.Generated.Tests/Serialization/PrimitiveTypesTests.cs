using System.Net;
using Logto.Generated.Tests.TestSupport;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Serialization;

/// <summary>Timestamps are <see cref="DateTimeOffset"/>s on integer milliseconds, flags are booleans, counts are integers.</summary>
public class PrimitiveTypesTests
{
    private static readonly JsonSerializerSettings Settings = LogtoJson.CreateSettings();

    [Test]
    public void A_timestamp_reads_and_writes_as_integer_milliseconds_since_the_epoch()
    {
        const string Json = """{"id":"u1","lastSignInAt":null,"createdAt":1795695685333}""";

        var user = JsonConvert.DeserializeObject<User>(Json, Settings)!;

        Assert.That(user.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 11, 26, 12, 21, 25, 333, TimeSpan.Zero)));
        Assert.That(user.LastSignInAt, Is.Null);
        Assert.That(JsonConvert.SerializeObject(user, Settings), Is.EqualTo(Json));
    }

    [Test]
    public void A_timestamp_set_by_the_caller_is_sent_as_integer_milliseconds()
    {
        var invitation = new CreateOrganizationInvitationRequest { ExpiresAt = new DateTimeOffset(2026, 11, 26, 13, 21, 25, 333, TimeSpan.FromHours(1)) };

        Assert.That(JObject.Parse(JsonConvert.SerializeObject(invitation, Settings))["expiresAt"]!.Type, Is.EqualTo(JTokenType.Integer));
        Assert.That((long)JObject.Parse(JsonConvert.SerializeObject(invitation, Settings))["expiresAt"]!, Is.EqualTo(1795695685333));
    }

    [TestCase("\"1795695685333\"", 1795695685333L)]
    [TestCase("1795695685333.4", 1795695685333L)]
    [TestCase("\"2026-11-26T12:21:25.333Z\"", 1795695685333L)]
    public void A_timestamp_in_another_spelling_still_reads(string value, long milliseconds)
    {
        var user = JsonConvert.DeserializeObject<User>($$"""{"createdAt":{{value}}}""", Settings)!;

        Assert.That(user.CreatedAt.ToUnixTimeMilliseconds(), Is.EqualTo(milliseconds));
    }

    [Test]
    public void An_unreadable_timestamp_does_not_fail_the_body_and_survives_in_additional_properties()
    {
        const string Json = """{"id":"u1","createdAt":{"not":"a time"},"updatedAt":"soon","name":"n"}""";

        var user = JsonConvert.DeserializeObject<User>(Json, Settings)!;

        Assert.That((user.Id, user.Name, user.CreatedAt), Is.EqualTo(("u1", "n", default(DateTimeOffset))));
        Assert.That(JToken.FromObject(user.AdditionalProperties["createdAt"]), Is.EqualTo(JObject.Parse("""{"not":"a time"}""")).Using<JToken>(JToken.DeepEquals));
        Assert.That((string?)(JToken)user.AdditionalProperties["updatedAt"], Is.EqualTo("soon"));
        Assert.That(JToken.DeepEquals(JToken.Parse(JsonConvert.SerializeObject(user, Settings)), JToken.Parse(Json)), Is.True);
    }

    [Test]
    public async Task A_boolean_flag_is_sent_as_true()
    {
        using var logto = new MockLogto();
        logto.Handler.Expect(HttpMethod.Get, MockLogto.Endpoint + "api/logs")
            .WithExactQueryString("enableCap=true&page=1&page_size=20")
            .Respond(HttpStatusCode.OK, "application/json", "[]");

        await logto.Client.AuditLogs.ListLogsAsync(new ListLogsOptions { EnableCap = true, PageSize = 20 }).GetPageAsync();

        logto.Handler.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task Log_time_bounds_are_timestamps_sent_as_integer_milliseconds()
    {
        using var logto = new MockLogto();
        logto.Handler.Expect(HttpMethod.Get, MockLogto.Endpoint + "api/logs")
            .WithExactQueryString("start_time=1700000000000&end_time=1700000000999&page=1&page_size=20")
            .Respond(HttpStatusCode.OK, "application/json", "[]");

        await logto.Client.AuditLogs.ListLogsAsync(new ListLogsOptions
        {
            StartTime = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000),
            EndTime = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_999),
            PageSize = 20,
        }).GetPageAsync();

        logto.Handler.VerifyNoOutstandingExpectation();
        Assert.That(typeof(ListHookRecentLogsOptions).GetProperty(nameof(ListHookRecentLogsOptions.StartTime))!.PropertyType, Is.EqualTo(typeof(DateTimeOffset?)));
    }

    [Test]
    public void Counts_and_limits_are_integers()
    {
        Assert.That(typeof(GetTotalUserCountResponse).GetProperty(nameof(GetTotalUserCountResponse.TotalUserCount))!.PropertyType, Is.EqualTo(typeof(int)));
        var limit = typeof(ISignInExperienceClient).GetMethod(nameof(ISignInExperienceClient.GetUsernameCaseSensitivityConflictsAsync))!.GetParameters()[0];
        Assert.That(limit.ParameterType, Is.EqualTo(typeof(int)));
    }

    [TestCase("12", 12)]
    [TestCase("12.0", 12)]
    [TestCase("\"12\"", 12)]
    public void A_count_reads_from_any_whole_number_spelling(string value, int expected)
    {
        var total = JsonConvert.DeserializeObject<GetTotalUserCountResponse>($$"""{"totalUserCount":{{value}}}""", Settings)!;

        Assert.That(total.TotalUserCount, Is.EqualTo(expected));
    }

    [Test]
    public void An_unreadable_count_does_not_fail_the_body_and_survives_in_additional_properties()
    {
        const string Json = """{"totalUserCount":"many"}""";

        var total = JsonConvert.DeserializeObject<GetTotalUserCountResponse>(Json, Settings)!;

        Assert.That(total.TotalUserCount, Is.Zero);
        Assert.That((string?)(JToken)total.AdditionalProperties["totalUserCount"], Is.EqualTo("many"));
        Assert.That(JsonConvert.SerializeObject(total, Settings), Is.EqualTo(Json));
    }

    [Test]
    public void A_callers_error_handler_still_sees_the_errors_the_client_does_not_handle()
    {
        var seen = new List<string>();
        var settings = LogtoJson.Configure(new JsonSerializerSettings
        {
            Error = (_, e) =>
            {
                seen.Add(e.ErrorContext.Path);
                e.ErrorContext.Handled = true;
            },
        });

        var user = JsonConvert.DeserializeObject<User>("""{"createdAt":"soon","isSuspended":"maybe"}""", settings)!;

        Assert.That((string?)(JToken)user.AdditionalProperties["createdAt"], Is.EqualTo("soon"));
        Assert.That(seen, Is.EqualTo(new[] { "isSuspended" }));
    }
}
