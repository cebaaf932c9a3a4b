namespace Logto.Generated.ContractTests;

/// <summary>A fixture of scenarios on one target, created once and cleaned up after its last scenario.</summary>
public abstract class ContractTest
{
    internal ContractTarget Target { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartTargetAsync() => Target = await ContractTarget.CreateAsync();

    [OneTimeTearDown]
    public async Task StopTargetAsync() => await Target.DisposeAsync();

    internal static string Unique(string prefix) => ContractTarget.Unique(prefix);
}
