namespace Logto.Generated.SpecTools.Drift;

/// <summary>Human-readable wording of changes.</summary>
internal static class ChangeText
{
    public static string Message(DriftChange change) => change.Kind switch
    {
        ChangeKind.OperationAdded => "operation added",
        ChangeKind.OperationRemoved => "operation removed",
        ChangeKind.OperationIdChanged => $"operationId changed: {change.From} -> {change.To}",
        ChangeKind.TagChanged => $"first tag (client class) changed: {change.From} -> {change.To}",
        ChangeKind.ParameterAdded => $"parameter added ({change.To})",
        ChangeKind.ParameterRemoved => "parameter removed",
        ChangeKind.RequestBodyAdded => $"request body added ({change.To})",
        ChangeKind.RequestBodyRemoved => "request body removed",
        ChangeKind.ResponseAdded => "response added",
        ChangeKind.ResponseRemoved => "response removed",
        ChangeKind.MediaTypeAdded => $"media type added: {change.To}",
        ChangeKind.MediaTypeRemoved => $"media type removed: {change.From}",
        ChangeKind.PropertyAdded => $"property added ({change.To})",
        ChangeKind.PropertyRemoved => "property removed",
        ChangeKind.BecameRequired => "became required",
        ChangeKind.BecameOptional => "no longer required",
        ChangeKind.TypeChanged => $"type changed: {change.From} -> {change.To}",
        ChangeKind.EnumValueAdded => $"enum value added: {change.To}",
        ChangeKind.EnumValueRemoved => $"enum value removed: {change.From}",
        ChangeKind.BecameNullable => "became nullable",
        ChangeKind.BecameNonNullable => "no longer nullable",
        ChangeKind.ServerChanged => $"server URL changed: {change.From} -> {change.To}",
        _ => "text changed",
    };

    /// <summary>"response 200 [].secret: no longer required", or just the message for the operation itself.</summary>
    public static string Line(DriftChange change)
    {
        var where = string.Join(" ", new[] { change.Location, change.Path }.Where(part => part.Length > 0));
        return where.Length == 0 ? Message(change) : $"{where}: {Message(change)}";
    }

    /// <summary>"property-added" for <see cref="ChangeKind.PropertyAdded"/>.</summary>
    public static string KindName(ChangeKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
