namespace Logto.Generated.SpecTools.Drift;

/// <summary>
/// What a change does to the generated C# surface, which differs from what it does on the wire: an optional query
/// parameter becomes a property of the operation's options class (no signature changes), a required one a new
/// positional parameter (callers break), an unknown enum value is kept by the open enum structs, and so on.
/// </summary>
internal static class SurfaceEffect
{
    public static string Of(DriftChange change) => change.Kind switch
    {
        ChangeKind.OperationAdded => "new method",
        ChangeKind.OperationRemoved => "method removed: callers break",
        ChangeKind.OperationIdChanged => "method renamed: callers break",
        ChangeKind.TagChanged => "method moves to another client: callers break",
        ChangeKind.ParameterAdded when IsOptionalQuery(change) => "new options property: no signature changes",
        ChangeKind.ParameterAdded => "new positional parameter: callers break",
        ChangeKind.ParameterRemoved when change.Location.StartsWith("query", StringComparison.Ordinal) => "options property or parameter removed: callers that set it break",
        ChangeKind.ParameterRemoved => "positional parameter removed: callers break",
        ChangeKind.BecameRequired when change.Location.StartsWith("query", StringComparison.Ordinal) && change.Path.Length == 0 => "options property becomes a positional parameter: callers break",
        ChangeKind.BecameOptional when change.Location.StartsWith("query", StringComparison.Ordinal) && change.Path.Length == 0 => "positional parameter becomes an options property: callers break",
        ChangeKind.RequestBodyAdded or ChangeKind.RequestBodyRemoved => "body parameter added or removed: callers break",
        ChangeKind.PropertyAdded => "new model property",
        ChangeKind.PropertyRemoved => "model property removed: code using it breaks",
        ChangeKind.TypeChanged => "type changes: code using it may break",
        ChangeKind.EnumValueAdded => "new known value of an open enum: nothing breaks",
        ChangeKind.EnumValueRemoved => "known value removed from an open enum: code naming it breaks",
        ChangeKind.BecameNullable or ChangeKind.BecameNonNullable => "nullability annotation changes",
        ChangeKind.ResponseAdded or ChangeKind.ResponseRemoved or ChangeKind.MediaTypeAdded or ChangeKind.MediaTypeRemoved => "result type may change",
        _ => "none",
    };

    private static bool IsOptionalQuery(DriftChange change) =>
        change.Location.StartsWith("query", StringComparison.Ordinal) && change.To == "optional";
}
