namespace Logto.Generated.SpecTools.Drift;

/// <summary>Whether a schema is sent by the client (request body, parameters) or received by it (responses).</summary>
internal enum Direction
{
    Request,
    Response,
}
