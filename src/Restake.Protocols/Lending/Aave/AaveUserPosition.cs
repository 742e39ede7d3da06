using Restake.Numerics;

namespace Restake.Protocols.Lending.Aave;

/// <summary>A user's scaled aToken and variable-debt balances per asset, collateral flags and e-mode category.</summary>
public sealed class AaveUserPosition
{
    internal Dictionary<string, UInt256> ScaledSupply { get; private set; } = new(StringComparer.Ordinal);
    internal Dictionary<string, UInt256> ScaledDebt { get; private set; } = new(StringComparer.Ordinal);
    internal HashSet<string> CollateralEnabled { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>The user's e-mode category (0 = none).</summary>
    public int EModeCategory { get; internal set; }

    /// <summary>Scaled aToken balance of <paramref name="asset"/>.</summary>
    public UInt256 ScaledSupplyOf(string asset) => ScaledSupply.GetValueOrDefault(asset);

    /// <summary>Scaled variable debt of <paramref name="asset"/>.</summary>
    public UInt256 ScaledDebtOf(string asset) => ScaledDebt.GetValueOrDefault(asset);

    /// <summary>Whether <paramref name="asset"/> counts as this user's collateral.</summary>
    public bool UsesAsCollateral(string asset) => CollateralEnabled.Contains(asset);

    /// <summary>True while any debt is open.</summary>
    public bool IsBorrowingAny => ScaledDebt.Values.Any(v => !v.IsZero);

    internal AaveUserPosition Clone() => new()
    {
        ScaledSupply = new Dictionary<string, UInt256>(ScaledSupply, StringComparer.Ordinal),
        ScaledDebt = new Dictionary<string, UInt256>(ScaledDebt, StringComparer.Ordinal),
        CollateralEnabled = new HashSet<string>(CollateralEnabled, StringComparer.Ordinal),
        EModeCategory = EModeCategory,
    };

    internal void RestoreFrom(AaveUserPosition snapshot)
    {
        ScaledSupply = snapshot.ScaledSupply;
        ScaledDebt = snapshot.ScaledDebt;
        CollateralEnabled = snapshot.CollateralEnabled;
        EModeCategory = snapshot.EModeCategory;
    }

    internal static void Add(Dictionary<string, UInt256> book, string asset, UInt256 amount) =>
        book[asset] = book.GetValueOrDefault(asset) + amount;

    internal static void Subtract(Dictionary<string, UInt256> book, string asset, UInt256 amount)
    {
        var left = book.GetValueOrDefault(asset) - amount;
        if (left.IsZero) book.Remove(asset);
        else book[asset] = left;
    }
}
