using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary>The steps that creating, reading and deleting an entity share across routes: store, event, answer.</summary>
internal static class EntityAnswers
{
    /// <summary>Stores a new row, raises its creation event and answers a copy (201, or 200 where Logto answers so).</summary>
    public static FakeAnswer Create(FakeCall call, FakeStore store, JsonObject row, string eventName, bool answersOk = false)
    {
        store.Add(row);
        call.Raise(eventName, row);
        return answersOk ? FakeAnswer.Ok(row.DeepClone()) : FakeAnswer.Created(row.DeepClone());
    }

    /// <summary>Answers a copy of the route's <c>{id}</c> row, or Logto's 404 for the store's table.</summary>
    public static FakeAnswer Get(FakeCall call, FakeStore store) => FakeAnswer.Ok(store.Get(call.Route("id")).DeepClone());

    /// <summary>
    /// Deletes the route's <c>{id}</c> row, removes the id from the given relation lists, raises the deletion event
    /// (with no data, as Logto sends it) and answers 204.
    /// </summary>
    public static FakeAnswer Delete(FakeCall call, FakeStore store, string eventName, IEnumerable<List<string>>? relations = null)
    {
        var id = store.Delete(call.Route("id"));
        if (relations is not null)
        {
            FakeState.RemoveFromAll(relations, id);
        }

        call.Raise(eventName, null, []);
        return FakeAnswer.NoContent();
    }
}
