namespace Logto.Generated.Testing;

/// <summary>
/// The demo data set (<see cref="FakeLogtoSeed.DemoData"/>): two users, two organizations and three third-party
/// applications, one open to everyone and two gated by access control.
/// </summary>
/// <param name="AliceId">Alice: member of Acme, holds the <c>partner</c> role.</param>
/// <param name="BobId">Bob: member of Globex only.</param>
/// <param name="AcmeId">The Acme organization.</param>
/// <param name="GlobexId">The Globex organization.</param>
/// <param name="OpenApplicationId">A third-party application anyone may use.</param>
/// <param name="AcmeApplicationId">A third-party application gated to Acme's members.</param>
/// <param name="PartnerApplicationId">A third-party application gated to holders of the <c>partner</c> role.</param>
public sealed record FakeLogtoDemoData(
    string AliceId,
    string BobId,
    string AcmeId,
    string GlobexId,
    string OpenApplicationId,
    string AcmeApplicationId,
    string PartnerApplicationId);
