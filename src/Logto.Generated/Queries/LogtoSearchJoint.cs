namespace Logto.Generated;

/// <summary>How Logto combines the conditions of a search (the <c>joint</c> key).</summary>
public enum LogtoSearchJoint
{
    /// <summary><c>or</c>, the server's default: an item matches when any condition does.</summary>
    Or,

    /// <summary><c>and</c>: an item matches when every condition does.</summary>
    And,
}

/// <summary>Wire values of <see cref="LogtoSearchJoint"/>.</summary>
internal static class LogtoSearchJointWire
{
    public static string ToWireValue(this LogtoSearchJoint joint, string parameterName) => joint switch
    {
        LogtoSearchJoint.Or => "or",
        LogtoSearchJoint.And => "and",
        _ => throw new ArgumentOutOfRangeException(parameterName, joint, "Unknown search joint."),
    };
}
