using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary>The fake's answer to one request, before a transport writes it.</summary>
internal sealed class FakeAnswer
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public FakeAnswer(int status, JsonNode? json = null)
    {
        Status = status;
        Json = json;
    }

    public int Status { get; }

    public JsonNode? Json { get; }

    /// <summary>Response headers; a name may repeat (<c>Link</c>).</summary>
    public List<KeyValuePair<string, string>> Headers { get; } = [];

    /// <summary>Drop the connection instead of answering.</summary>
    public bool ResetConnection { get; init; }

    public FakeAnswer WithHeader(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }

    public string? BodyText => Json?.ToJsonString();

    public static FakeAnswer Ok(JsonNode? json) => new(200, json);

    public static FakeAnswer Created(JsonNode? json) => new(201, json);

    public static FakeAnswer NoContent() => new(204);
}
