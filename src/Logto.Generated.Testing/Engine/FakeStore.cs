using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary>One table: rows by id, listed newest first as Logto lists them.</summary>
internal sealed class FakeStore
{
    private readonly Dictionary<string, (JsonObject Row, long Order)> _rows = new(StringComparer.Ordinal);
    private long _order;

    public FakeStore(string table)
    {
        Table = table;
    }

    /// <summary>Logto's table name, used in <c>entity.not_exists_with_id</c> messages.</summary>
    public string Table { get; }

    public int Count => _rows.Count;

    public void Add(JsonObject row) => _rows[(string)row["id"]!] = (row, _order++);

    public JsonObject? Find(string id) => _rows.TryGetValue(id, out var row) ? row.Row : null;

    public bool Contains(string id) => _rows.ContainsKey(id);

    /// <summary>The row, or 404 <c>entity.not_exists_with_id</c>.</summary>
    public JsonObject Get(string id) => Find(id) ?? throw LogtoErrors.NotExistsWithId(Table, id);

    /// <summary>The ids when each is a row, or 404 <c>entity.not_exists_with_id</c> naming the first that is not.</summary>
    public List<string> RequireAll(List<string> ids) =>
        ids.FirstOrDefault(id => !Contains(id)) is { } unknown ? throw LogtoErrors.NotExistsWithId(Table, unknown) : ids;

    /// <summary>Removes the row (404 <c>entity.not_exists_with_id</c> when there is none) and returns its id.</summary>
    public string Delete(string id)
    {
        var key = (string)Get(id)["id"]!;
        Remove(key);
        return key;
    }

    public bool Remove(string id) => _rows.Remove(id);

    /// <summary>Every row, newest first.</summary>
    public IEnumerable<JsonObject> Newest() => _rows.Values.OrderByDescending(row => row.Order).Select(row => row.Row);
}
