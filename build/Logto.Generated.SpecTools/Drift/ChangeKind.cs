namespace Logto.Generated.SpecTools.Drift;

/// <summary>What changed between two versions of the spec.</summary>
internal enum ChangeKind
{
    OperationAdded,
    OperationRemoved,
    OperationIdChanged,
    TagChanged,
    ParameterAdded,
    ParameterRemoved,
    RequestBodyAdded,
    RequestBodyRemoved,
    ResponseAdded,
    ResponseRemoved,
    MediaTypeAdded,
    MediaTypeRemoved,
    PropertyAdded,
    PropertyRemoved,
    BecameRequired,
    BecameOptional,
    TypeChanged,
    EnumValueAdded,
    EnumValueRemoved,
    BecameNullable,
    BecameNonNullable,
    ServerChanged,
    DescriptionChanged,
}
