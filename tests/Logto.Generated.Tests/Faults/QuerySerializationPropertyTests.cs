using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Faults;

/// <summary>
/// A seeded property test of request serialization: random ids and search keys and values (reserved characters,
/// percent signs, controls, non-ASCII, astral characters) are sent, and parsing the request URI back gives exactly
/// what went in. Set LOGTO_FUZZ_SEED to replay a failing seed; every failure message names the seed and the case.
/// </summary>
public partial class QuerySerializationPropertyTests
{
    private const int DefaultSeed = 20260109;
    private const int Cases = 300;
    private const string Reserved = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static readonly string[] Tricky = ["%", "%2F", "%25", "%zz", "+", "..", "/", "?", "#", "&", "=", "\r\n", "\0"];

    [Test]
    public async Task Random_ids_survive_as_one_escaped_segment()
    {
        var (seed, random) = Seeded();
        using var logto = Serve(out var sent);

        for (var i = 0; i < Cases; i++)
        {
            var id = RandomId(random);
            sent.Clear();

            await logto.Client.Users.GetUserAsync(id).WaitAsync(TestGuard.Guard);

            var where = $"seed {seed}, case {i}, id \"{Literal(id)}\"";
            Assert.That(sent, Has.Count.EqualTo(1), where);
            var path = sent[0].AbsoluteUri[sent[0].GetLeftPart(UriPartial.Authority).Length..];
            Assert.That(path, Does.StartWith("/api/users/"), where);
            var segment = path["/api/users/".Length..];
            Assert.That(StrictSegment().IsMatch(segment), Is.True, $"{where}: '{segment}' is not one strictly escaped segment");
            Assert.That(Uri.UnescapeDataString(segment), Is.EqualTo(id), where);
        }
    }

    [Test]
    public async Task Random_search_keys_and_values_survive_URI_encoding_in_order()
    {
        var (seed, random) = Seeded();
        using var logto = Serve(out var sent);

        for (var i = 0; i < Cases; i++)
        {
            var search = RandomSearch(random);
            var page = random.Next(1, 1000);
            var pageSize = random.Next(1, 101);
            sent.Clear();

            await logto.Client.Users.ListUsersAsync(new ListUsersOptions { PageSize = pageSize, Search = search }).GetPageAsync(page).WaitAsync(TestGuard.Guard);

            var expected = new List<KeyValuePair<string, string>>
            {
                new("page", page.ToString(CultureInfo.InvariantCulture)),
                new("page_size", pageSize.ToString(CultureInfo.InvariantCulture)),
            };
            expected.AddRange(search.ToQueryPairs());
            var where = $"seed {seed}, case {i}, search {string.Join(" ", expected.Select(pair => $"[{Literal(pair.Key)}]=[{Literal(pair.Value)}]"))}";
            Assert.That(sent, Has.Count.EqualTo(1), where);
            Assert.That(sent[0].AbsolutePath, Is.EqualTo("/api/users"), where);
            Assert.That(ParseQuery(sent[0], where), Is.EqualTo(expected), where);
        }
    }

    [Test]
    public void Random_text_with_an_unpaired_surrogate_is_refused_before_sending()
    {
        var (seed, random) = Seeded();
        using var logto = Serve(out var sent);

        for (var i = 0; i < Cases / 3; i++)
        {
            var text = RandomText(random, 0, 12) + (char)random.Next(0xD800, 0xE000) + RandomText(random, 0, 12);
            var where = $"seed {seed}, case {i}, text \"{Literal(text)}\"";
            sent.Clear();

            var byId = Assert.ThrowsAsync<ArgumentException>(() => logto.Client.Users.GetUserAsync(text), where);
            var bySearch = Assert.ThrowsAsync<ArgumentException>(
                () => logto.Client.Users.ListUsersAsync(new ListUsersOptions { Search = new LogtoSearch().AddRaw("search.name", text) }).GetPageAsync(), where);

            Assert.That(byId!.ParamName, Is.EqualTo("userId"), where);
            Assert.That(bySearch!.ParamName, Is.EqualTo("search"), where);
            Assert.That(sent, Is.Empty, where);
        }
    }

    /// <summary>The test's seed: LOGTO_FUZZ_SEED when set, a fixed one otherwise, so every run is reproducible.</summary>
    private static (int Seed, Random Random) Seeded()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("LOGTO_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var chosen)
            ? chosen
            : DefaultSeed;
        TestContext.Out.WriteLine($"LOGTO_FUZZ_SEED={seed}");
        return (seed, new Random(seed));
    }

    private static MockLogto Serve(out List<Uri> sent)
    {
        var logto = new MockLogto();
        var requests = new List<Uri>();
        logto.Handler.Fallback.Respond(request =>
        {
            requests.Add(request.RequestUri!);
            var body = request.RequestUri!.AbsolutePath == "/api/users" ? "[]" : "{\"id\":\"x\"}";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        });
        sent = requests;
        return logto;
    }

    private static LogtoSearch RandomSearch(Random random)
    {
        var search = new LogtoSearch();
        for (var step = random.Next(1, 5); step > 0; step--)
        {
            switch (random.Next(4))
            {
                case 0:
                    search.Match(RandomField(random), Enumerable.Range(0, random.Next(1, 4)).Select(_ => RandomText(random, 1, 20)).ToArray());
                    break;
                case 1:
                    search.MatchAnyField(RandomText(random, 1, 20));
                    break;
                case 2:
                    search.AddRaw(RandomText(random, 1, 12), RandomText(random, 0, 20));
                    break;
                default:
                    search.Mode(RandomField(random), (LogtoSearchMode)random.Next(0, 3));
                    break;
            }
        }

        return search;
    }

    /// <summary>A field name: any text that is not blank and has no dot (Logto searches first-level fields).</summary>
    private static string RandomField(Random random)
    {
        while (true)
        {
            var field = RandomText(random, 1, 12);
            if (!string.IsNullOrWhiteSpace(field) && !field.Contains('.', StringComparison.Ordinal))
            {
                return field;
            }
        }
    }

    private static string RandomId(Random random)
    {
        while (true)
        {
            var id = RandomText(random, 1, 24);
            if (id is not ("." or ".."))
            {
                return id;
            }
        }
    }

    /// <summary>Well-formed text mixing ASCII, reserved characters, escapes, controls, non-ASCII and astral characters.</summary>
    private static string RandomText(Random random, int minLength, int maxLength)
    {
        var text = new StringBuilder();
        var length = random.Next(minLength, maxLength + 1);
        while (text.Length < length)
        {
            text.Append(random.Next(7) switch
            {
                0 => (char)random.Next('a', 'z' + 1),
                1 => (char)random.Next('0', '9' + 1),
                2 => Reserved[random.Next(Reserved.Length)],
                3 => random.Next(3) == 0 ? (char)0x7F : (char)random.Next(0, 0x20),
                4 => (char)(random.Next(2) == 0 ? random.Next(0xA0, 0xD800) : random.Next(0xE000, 0xFFFE)),
                5 => char.ConvertFromUtf32(random.Next(0x10000, 0x110000)),
                _ => Tricky[random.Next(Tricky.Length)],
            });
        }

        return text.ToString();
    }

    /// <summary>The query's pairs, each key and value unescaped; every raw piece must be strictly escaped.</summary>
    private static List<KeyValuePair<string, string>> ParseQuery(Uri uri, string where)
    {
        var query = uri.Query.TrimStart('?');
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var piece in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = piece.IndexOf('=', StringComparison.Ordinal);
            Assert.That(equals, Is.GreaterThan(0), $"{where}: '{piece}' has no key");
            var (key, value) = (piece[..equals], piece[(equals + 1)..]);
            Assert.That(StrictSegment().IsMatch(key) && (value.Length == 0 || StrictSegment().IsMatch(value)), Is.True, $"{where}: '{piece}' is not strictly escaped");
            pairs.Add(new(Uri.UnescapeDataString(key), Uri.UnescapeDataString(value)));
        }

        return pairs;
    }

    /// <summary>Shows a string with every character outside printable ASCII as a C# escape, to paste into a test.</summary>
    private static string Literal(string text) =>
        string.Concat(text.Select(c => c is < ' ' or > '~' or '"' or '\\' ? $"\\u{(int)c:X4}" : c.ToString()));

    /// <summary>RFC 3986 unreserved characters and percent-escapes, nothing else.</summary>
    [GeneratedRegex("^(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})+$")]
    private static partial Regex StrictSegment();
}
