namespace Logto.Generated.SpecTools.Drift;

/// <summary>
/// Decides whether a change breaks client code written against the base spec. Requests break when the server starts
/// to demand something the client does not send or refuses something it sends; responses break when the client can
/// receive something it was not promised (a missing or null field, another type). Response enums are open in this
/// client (unknown values are kept), so a new response enum value does not break it.
/// </summary>
internal static class ChangeClassifier
{
    /// <param name="kind">The change.</param>
    /// <param name="direction">Whether the changed schema is sent or received by the client.</param>
    /// <param name="essential">For an added parameter, property or request body: it is required. For a removed response: it is a success response.</param>
    public static bool IsBreaking(ChangeKind kind, Direction direction, bool essential = false) => kind switch
    {
        ChangeKind.OperationRemoved or ChangeKind.OperationIdChanged or ChangeKind.TagChanged => true,
        ChangeKind.ParameterRemoved or ChangeKind.RequestBodyRemoved or ChangeKind.MediaTypeRemoved => true,
        ChangeKind.PropertyRemoved or ChangeKind.TypeChanged => true,
        ChangeKind.ParameterAdded or ChangeKind.RequestBodyAdded => essential,
        ChangeKind.PropertyAdded => direction == Direction.Request && essential,
        ChangeKind.ResponseRemoved => essential,
        ChangeKind.BecameRequired or ChangeKind.EnumValueRemoved or ChangeKind.BecameNonNullable => direction == Direction.Request,
        ChangeKind.BecameOptional or ChangeKind.BecameNullable => direction == Direction.Response,
        _ => false,
    };
}
