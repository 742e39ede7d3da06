using Restake.Numerics;

namespace Restake.Protocols.LiquidStaking.Lido;

/// <summary>
/// Protocol fee configuration in the StakingRouter's precision (1e20 = 100 %): the staking-module (node
/// operator) part and the treasury part. Mainnet curated module: 5 % + 5 %.
/// </summary>
public sealed record LidoFees(UInt256 ModuleFee, UInt256 TreasuryFee)
{
    /// <summary><c>FEE_PRECISION_POINTS</c> = 1e20 = 100 %.</summary>
    public static readonly UInt256 PrecisionPoints = UInt256.Parse("100000000000000000000");

    /// <summary>5 % to node operators, 5 % to the treasury.</summary>
    public static LidoFees Mainnet { get; } = new(PrecisionPoints / 20, PrecisionPoints / 20);

    /// <summary>Total fee (module + treasury).</summary>
    public UInt256 TotalFee => ModuleFee + TreasuryFee;

    /// <summary>A fee of <paramref name="totalFee"/> (1e20 precision) paid entirely to the treasury.</summary>
    public static LidoFees TreasuryOnly(UInt256 totalFee) => new(UInt256.Zero, totalFee);
}
