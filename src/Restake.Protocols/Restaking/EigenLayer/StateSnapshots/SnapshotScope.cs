namespace Restake.Protocols.Restaking.EigenLayer.StateSnapshots;

/// <summary>Which accounts, sets, strategies and tokens a state snapshot covers.</summary>
public sealed record SnapshotScope(
    IReadOnlyList<Address> Stakers,
    IReadOnlyList<Address> Operators,
    IReadOnlyList<Address> Avss,
    IReadOnlyList<Address> Strategies,
    IReadOnlyList<Address> Tokens)
{
    /// <summary>Stakers followed by operators (operators can deposit too), without duplicates.</summary>
    public IEnumerable<Address> Accounts => Stakers.Concat(Operators).Distinct();
}
