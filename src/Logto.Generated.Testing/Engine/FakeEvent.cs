using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary>A data event raised by a request: its name, the entity (<c>data</c>, or none) and extra fields.</summary>
internal sealed record FakeEvent(string Name, JsonNode? Data, JsonObject? Extra);
