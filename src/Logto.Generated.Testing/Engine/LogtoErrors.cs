using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary>Error bodies as the real Logto writes them (<c>fixtures/real-logto/scenarios</c>).</summary>
internal static class LogtoErrors
{
    public static FakeAnswer Error(int status, string code, string message, JsonNode? data = null, string? details = null)
    {
        var body = new JsonObject { ["code"] = code, ["message"] = message };
        if (data is not null)
        {
            body["data"] = data;
        }

        if (details is not null)
        {
            body["details"] = details;
        }

        return new FakeAnswer(status, body);
    }

    public static FakeLogtoError Fail(int status, string code, string message) => new(Error(status, code, message));

    /// <summary>404 <c>entity.not_found</c>: users, memberships, role assignments.</summary>
    public static FakeLogtoError NotFound() => Fail(404, "entity.not_found", "The resource does not exist.");

    /// <summary>404 <c>entity.not_exists_with_id</c>, naming the table (<c>applications</c>, <c>roles</c>, ...).</summary>
    public static FakeLogtoError NotExistsWithId(string table, string id) => Fail(404, "entity.not_exists_with_id", $"The {table} with ID `{id}` does not exist.");

    /// <summary>422 <c>entity.invalid_input</c>: a PATCH that sets nothing.</summary>
    public static FakeLogtoError EmptyUpdate() => Fail(422, "entity.invalid_input", "Invalid input. Value list must not be empty.");

    public static FakeLogtoError UniqueViolation() => Fail(422, "entity.unique_integrity_violation", "The entity already exists. Please check the input and try again.");

    public static FakeLogtoError ForeignKeyNotFound() =>
        Fail(422, "entity.relation_foreign_key_not_found", "Cannot find one or more foreign keys. Please check the input and ensure that all referenced entities exist.");

    public static FakeLogtoError InvalidPagination() => Fail(400, "guard.invalid_pagination", "The request pagination value is invalid.");

    public static FakeLogtoError InvalidRequest(string message) => new(Error(400, "request.invalid_input", "Input is invalid. " + message, new JsonObject()));
}
