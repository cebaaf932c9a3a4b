using System.Net;
using System.Text;

namespace Logto.Generated.Testing;

/// <summary>The in-process transport: answers each request from the fake, with no socket.</summary>
internal sealed class FakeLogtoHandler : HttpMessageHandler
{
    private readonly FakeLogtoEngine _engine;

    public FakeLogtoHandler(FakeLogtoEngine engine)
    {
        _engine = engine;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(", ", header.Value);
        }

        var call = new FakeCall(request.Method.Method, uri.AbsolutePath, FakeQuery.Parse(uri.Query), body, request.Content?.Headers.ContentType?.ToString(), headers)
        {
            Origin = uri.GetLeftPart(UriPartial.Authority),
        };
        var answer = await _engine.HandleAsync(call, cancellationToken).ConfigureAwait(false);
        if (answer.ResetConnection)
        {
            throw new HttpRequestException("The fake Logto reset the connection (an injected fault).", new IOException("Connection reset by peer."));
        }

        var response = new HttpResponseMessage((HttpStatusCode)answer.Status) { RequestMessage = request };
        if (answer.BodyText is { } text)
        {
            response.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }
        else
        {
            response.Content = new ByteArrayContent([]);
        }

        foreach (var header in answer.Headers)
        {
            if (!response.Headers.TryAddWithoutValidation(header.Key, header.Value))
            {
                response.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return response;
    }
}
