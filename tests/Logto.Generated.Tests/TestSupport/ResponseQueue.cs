namespace Logto.Generated.Tests.TestSupport;

/// <summary>Answers a MockHttp route from a queue of responses, recording each request it receives.</summary>
internal sealed class ResponseQueue(ManualTimeProvider time, params Func<HttpResponseMessage>[] responses)
{
    private readonly Queue<Func<HttpResponseMessage>> _responses = new(responses);
    private readonly List<CapturedRequest> _requests = [];

    public IReadOnlyList<CapturedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    public async Task<HttpResponseMessage> RespondAsync(HttpRequestMessage request)
    {
        var captured = await CapturedRequest.FromAsync(request, time.GetUtcNow());
        lock (_requests)
        {
            _requests.Add(captured);
            return _responses.Count > 1 ? _responses.Dequeue()() : _responses.Peek()();
        }
    }
}
