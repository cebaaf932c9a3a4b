using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Logto.Generated.Benchmarks.Handlers;

/// <summary>
/// Serves <c>GET /api/users?page=N&amp;page_size=S</c> over a list of <see cref="TotalUsers"/> users that exists only as
/// a rule: page N is written on demand, in the shape of the real <c>get-user.json</c>, into one buffer the handler
/// reuses, so the server side neither holds the whole list nor allocates per user. The buffer is reused for the next
/// page, so pages must be read one after the other (as the paging walker does).
/// </summary>
internal sealed class PagedUsersHandler : HttpMessageHandler
{
    private const long CreatedAt = 1_795_365_862_333;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _writer;

    public PagedUsersHandler(int totalUsers)
    {
        TotalUsers = totalUsers;
        _writer = new Utf8JsonWriter(_buffer);
    }

    public int TotalUsers { get; }

    /// <summary>How many pages have been served.</summary>
    public int PagesServed { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var (page, pageSize) = PageOf(request.RequestUri!);
        var first = Math.Min((long)(page - 1) * pageSize, TotalUsers);
        var last = Math.Min(first + pageSize, TotalUsers);
        WritePage((int)first, (int)last);
        PagesServed++;

        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ReadOnlyMemoryContent(_buffer.WrittenMemory) };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        response.Headers.TryAddWithoutValidation("Total-Number", TotalUsers.ToString(CultureInfo.InvariantCulture));
        response.Headers.TryAddWithoutValidation("Logto-Core-Request-Id", "bench-request-id");
        return Task.FromResult(response);
    }

    private static (int Page, int PageSize) PageOf(Uri uri)
    {
        int page = 1, pageSize = 20;
        var query = uri.Query.AsSpan().TrimStart('?');
        foreach (var range in query.Split('&'))
        {
            var field = query[range];
            if (field.StartsWith("page="))
            {
                page = int.Parse(field[5..], CultureInfo.InvariantCulture);
            }
            else if (field.StartsWith("page_size="))
            {
                pageSize = int.Parse(field[10..], CultureInfo.InvariantCulture);
            }
        }

        return (page, pageSize);
    }

    private void WritePage(int first, int last)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartArray();
        for (var n = first; n < last; n++)
        {
            WriteUser(n);
        }

        _writer.WriteEndArray();
        _writer.Flush();
    }

    private void WriteUser(int n)
    {
        Span<char> text = stackalloc char[64];
        var w = _writer;
        w.WriteStartObject();
        w.WriteString("id", Format(text, $"u{n:D11}"));
        w.WriteString("username", Format(text, $"bench_user_{n}"));
        w.WriteString("primaryEmail", Format(text, $"user{n}@example.com"));
        w.WriteNull("primaryPhone");
        w.WriteString("name", Format(text, $"Bench User {n}"));
        w.WriteString("avatar", Format(text, $"https://cdn.example.com/avatars/{n}.png"));
        w.WriteStartObject("customData");
        w.WriteString("plan", n % 3 == 0 ? "free" : "pro");
        w.WriteNumber("seats", n % 100);
        w.WriteEndObject();
        w.WriteStartObject("identities");
        w.WriteEndObject();
        w.WriteNull("lastSignInAt");
        w.WriteNumber("createdAt", CreatedAt + n);
        w.WriteNumber("updatedAt", CreatedAt + n);
        w.WriteStartObject("profile");
        w.WriteString("familyName", Format(text, $"User{n}"));
        w.WriteString("givenName", "Bench");
        w.WriteString("locale", "en-US");
        w.WriteStartObject("address");
        w.WriteString("locality", "Springfield");
        w.WriteString("country", "US");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteNull("applicationId");
        w.WriteNull("cimdClientId");
        w.WriteBoolean("isSuspended", false);
        w.WriteBoolean("hasPassword", false);
        w.WriteEndObject();
    }

    private static ReadOnlySpan<char> Format(Span<char> destination, [System.Runtime.CompilerServices.InterpolatedStringHandlerArgument(nameof(destination))] ref MemoryExtensions.TryWriteInterpolatedStringHandler handler) =>
        MemoryExtensions.TryWrite(destination, ref handler, out var written) ? destination[..written] : throw new InvalidOperationException("The text does not fit.");
}
