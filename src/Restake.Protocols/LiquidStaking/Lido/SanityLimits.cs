using Restake.Numerics;

namespace Restake.Protocols.LiquidStaking.Lido;

/// <summary>
/// OracleReportSanityChecker limits used by the simulation (mainnet values in <see cref="Mainnet"/>):
/// annual CL balance increase (bp), appeared validators per day, the positive token rebase cap (1e9 = 100 %),
/// and the minimum age (seconds) of a withdrawal request before it can be finalised.
/// </summary>
public sealed record SanityLimits(
    UInt256 AnnualBalanceIncreaseBPLimit,
    UInt256 AppearedValidatorsPerDayLimit,
    UInt256 MaxPositiveTokenRebase,
    ulong RequestTimestampMargin)
{
    /// <summary><c>LIMITER_PRECISION_BASE</c> = 1e9.</summary>
    public static readonly UInt256 LimiterPrecisionBase = 1_000_000_000UL;

    /// <summary><c>UNLIMITED_REBASE</c> = type(uint64).max.</summary>
    public static readonly UInt256 UnlimitedRebase = ulong.MaxValue;

    /// <summary>deployed-mainnet.json: 1000 bp/yr, 1800 validators/day, 750000 (0.075 %), 7680 s.</summary>
    public static SanityLimits Mainnet { get; } = new(1000, 1800, 750_000, 7680);

    /// <summary>No checks at all (unit cases that only exercise the fee formula).</summary>
    public static SanityLimits None { get; } = new(UInt128.MaxValue, UInt128.MaxValue, UnlimitedRebase, 0);
}
