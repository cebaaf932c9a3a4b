using System.Globalization;
using System.Net;
using Logto.Generated.Benchmarks.Payloads;

namespace Logto.Generated.Benchmarks.Handlers;

/// <summary>
/// An in-memory Logto (no network): it answers the benchmarked API calls with canned bodies and the headers the real
/// server sends, and <c>POST /oidc/token</c> with a token, counting token requests. Every client under test, ours and
/// the peers, sends through the same instance, so the server side costs the same for all of them.
/// </summary>
internal sealed class InMemoryLogtoHandler : HttpMessageHandler
{
    public const string UserId = "k6qydeg7t6ep";
    private const string UserPath = "/api/users/" + UserId;
    private readonly BenchmarkPayloads _payloads;
    private readonly byte[] _tokenResponse = TokenResponses.Create();
    private int _tokenRequests;

    public InMemoryLogtoHandler(BenchmarkPayloads payloads)
    {
        _payloads = payloads;
    }

    /// <summary>How many token requests have been answered.</summary>
    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    /// <summary>When set, token responses wait for this task: the requests of a burst pile up on one token request.</summary>
    public Task? TokenGate { get; set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (request.Method == HttpMethod.Get)
        {
            return Task.FromResult(path switch
            {
                "/api/applications" => List(_payloads.Applications, total: 101),
                "/api/users" => List(_payloads.Users, total: 100),
                UserPath => Ok(_payloads.User),
                _ => NotFound(),
            });
        }

        return (request.Method.Method, path) switch
        {
            ("POST", "/api/applications") => CreatedAsync(request, cancellationToken),
            ("POST", "/oidc/token") => TokenAsync(request, cancellationToken),
            _ => Task.FromResult(NotFound()),
        };
    }

    /// <summary>
    /// A 200 response with a JSON body and the headers a self-hosted Logto (Node.js, Koa) sends with it, added as raw
    /// strings, as <see cref="SocketsHttpHandler"/> stores the headers it reads from the wire.
    /// </summary>
    public static HttpResponseMessage Ok(byte[] body)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body) };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        response.Content.Headers.TryAddWithoutValidation("Content-Length", body.Length.ToString(CultureInfo.InvariantCulture));
        response.Headers.TryAddWithoutValidation("Vary", "Origin");
        response.Headers.TryAddWithoutValidation("Logto-Core-Request-Id", "bench-request-id");
        response.Headers.TryAddWithoutValidation("Date", "Sun, 22 Nov 2026 17:00:00 GMT");
        response.Headers.TryAddWithoutValidation("Connection", "keep-alive");
        response.Headers.TryAddWithoutValidation("Keep-Alive", "timeout=5");
        return response;
    }

    private static HttpResponseMessage List(byte[] body, int total)
    {
        var response = Ok(body);
        response.Headers.TryAddWithoutValidation("Total-Number", total.ToString(CultureInfo.InvariantCulture));
        response.Headers.TryAddWithoutValidation("Link", "<http://localhost/users?page=1>; rel=\"first\", <http://localhost/users?page=2>; rel=\"next\"");
        return response;
    }

    private static HttpResponseMessage NotFound() => new(HttpStatusCode.NotFound) { Content = new ByteArrayContent([]) };

    private async Task<HttpResponseMessage> CreatedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Serializing the body is part of the call: whatever the client deferred is written here, as a socket would.
        await request.Content!.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        return Ok(_payloads.Application);
    }

    private async Task<HttpResponseMessage> TokenAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _tokenRequests);
        await request.Content!.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        if (TokenGate is { } gate)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        return Ok(_tokenResponse);
    }
}
