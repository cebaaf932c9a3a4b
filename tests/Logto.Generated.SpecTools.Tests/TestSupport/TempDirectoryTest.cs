namespace Logto.Generated.SpecTools.Tests.TestSupport;

/// <summary>A test fixture whose every test gets a fresh temporary directory, deleted afterwards.</summary>
public abstract class TempDirectoryTest
{
    internal TempDirectory Temp { get; private set; } = null!;

    [SetUp]
    public void CreateTempDirectory() => Temp = new TempDirectory();

    [TearDown]
    public void DeleteTempDirectory() => Temp.Dispose();
}
