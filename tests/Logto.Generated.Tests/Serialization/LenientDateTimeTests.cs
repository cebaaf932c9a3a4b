using Newtonsoft.Json;

namespace Logto.Generated.Tests.Serialization;

/// <summary>A property the spec types as a <c>date-time</c> string reads an ISO string or epoch milliseconds, and never fails the body.</summary>
public class LenientDateTimeTests
{
    private static readonly JsonSerializerSettings Settings = LogtoJson.CreateSettings();

    [TestCase("\"2026-12-04T20:11:10.154Z\"")]
    [TestCase("1796415070154")]
    [TestCase("\"1796415070154\"")]
    public void A_date_time_reads_an_iso_string_or_epoch_milliseconds_as_the_same_instant(string value)
    {
        var model = JsonConvert.DeserializeObject<Stamped>($"{{\"at\":{value}}}", Settings)!;

        Assert.That(model.At, Is.EqualTo(new DateTimeOffset(2026, 12, 4, 20, 11, 10, 154, TimeSpan.Zero)));
        Assert.That(model.Extra, Is.Empty);
    }

    [TestCase("true", "true")]
    [TestCase("\"soon\"", "\"soon\"")]
    [TestCase("{\"a\":1}", "{\"a\":1}")]
    public void A_value_of_another_type_is_kept_aside_and_the_rest_of_the_body_reads(string value, string kept)
    {
        var model = JsonConvert.DeserializeObject<Stamped>($"{{\"at\":{value},\"name\":\"n\"}}", Settings)!;

        Assert.That(model.At, Is.Null);
        Assert.That(model.Name, Is.EqualTo("n"));
        Assert.That(model.Extra["at"].ToString(Formatting.None), Is.EqualTo(kept));
        Assert.That(JsonConvert.SerializeObject(model, Settings), Does.Contain($"\"at\":{kept}"));
    }

    [Test]
    public void A_date_time_is_written_as_an_iso_string()
    {
        var json = JsonConvert.SerializeObject(new Stamped { At = new DateTimeOffset(2026, 12, 4, 20, 11, 10, 154, TimeSpan.Zero) }, Settings);

        Assert.That(json, Does.Contain("\"at\":\"2026-12-04T20:11:10.1540000+00:00\""));
    }

    private sealed class Stamped
    {
        [JsonProperty("at", NullValueHandling = NullValueHandling.Ignore)]
        [JsonConverter(typeof(LogtoDateTimeConverter))]
        public DateTimeOffset? At { get; set; }

        [JsonProperty("name")]
        public string? Name { get; set; }

        [JsonExtensionData]
        public IDictionary<string, Newtonsoft.Json.Linq.JToken> Extra { get; set; } = new Dictionary<string, Newtonsoft.Json.Linq.JToken>();
    }
}
