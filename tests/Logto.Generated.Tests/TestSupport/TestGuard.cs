namespace Logto.Generated.Tests.TestSupport;

/// <summary>How long a test waits for something that should happen at once, so that a bug fails the test instead of hanging it.</summary>
internal static class TestGuard
{
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);
}
