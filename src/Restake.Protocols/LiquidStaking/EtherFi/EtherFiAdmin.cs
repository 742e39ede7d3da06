using System.Numerics;
using Restake.Numerics;

namespace Restake.Protocols.LiquidStaking.EtherFi;

/// <summary>
/// EtherFiAdmin report execution: validates the committee report (annualised rebase APR bound, per-report
/// negative cap, protocol fee at most 20 % of total rewards), then rebases and mints the protocol fee.
/// A failed validation reverts <c>ReportValidationFailed</c> and changes nothing.
/// </summary>
public sealed class EtherFiAdmin(LiquidityPool pool, long acceptableRebaseAprInBps, long maxNegativeRebaseBps = EtherFiAdmin.DefaultMaxNegativeRebaseBps)
{
    /// <summary><c>DEFAULT_MAX_NEGATIVE_REBASE_BPS</c>: about the Electra initial slashing penalty (1/4096 ≈ 2.44 bp).</summary>
    public const long DefaultMaxNegativeRebaseBps = 3;

    /// <summary>Fees may be at most 1/5 of total rewards.</summary>
    public const long MaxProtocolFeeInverseRatio = 5;

    private const long SecondsPerYear = 365 * 86_400;

    public LiquidityPool Pool { get; } = pool;

    /// <summary>
    /// <c>executeTasks</c> for the accounting part of a report covering <paramref name="elapsedSeconds"/>:
    /// <paramref name="accruedRewards"/> is net of <paramref name="protocolFees"/>. Returns the fee shares minted.
    /// </summary>
    public UInt256 ExecuteReport(BigInteger accruedRewards, UInt256 protocolFees, ulong elapsedSeconds)
    {
        if (elapsedSeconds == 0) throw new RevertException("ReportValidationFailed");
        var tvl = (BigInteger)Pool.TotalPooledEther;
        BigInteger apr = 0;
        if (tvl > 0) apr = 10_000 * (accruedRewards * SecondsPerYear) / (tvl * elapsedSeconds);
        if (BigInteger.Abs(apr) > acceptableRebaseAprInBps) throw new RevertException("ReportValidationFailed");
        if (accruedRewards.Sign < 0 && tvl > 0 && -accruedRewards * 10_000 > tvl * maxNegativeRebaseBps)
            throw new RevertException("ReportValidationFailed");
        var totalRewards = (BigInteger)protocolFees + accruedRewards;
        if (!protocolFees.IsZero && (BigInteger)protocolFees * MaxProtocolFeeInverseRatio > totalRewards)
            throw new RevertException("ReportValidationFailed");

        Pool.Rebase(accruedRewards);
        return Pool.PayProtocolFees(protocolFees);
    }
}
