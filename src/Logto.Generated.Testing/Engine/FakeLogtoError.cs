namespace Logto.Generated.Testing;

/// <summary>Thrown inside a route to answer with a Logto error body.</summary>
internal sealed class FakeLogtoError : Exception
{
    public FakeLogtoError(FakeAnswer answer)
        : base("Logto error " + answer.Status)
    {
        Answer = answer;
    }

    public FakeAnswer Answer { get; }
}
