using Restake.Numerics;

namespace Restake.Protocols.LiquidStaking.Lido;

public sealed partial class Lido
{
    private const ulong SecondsPerYear = 365 * 86_400;
    private const ulong DefaultTimeElapsed = 3_600;
    private static readonly UInt256 MaxBasisPoints = 10_000;
    private static readonly UInt256 DefaultClBalance = 1_000_000_000UL;

    /// <summary>
    /// <c>handleOracleReport</c>: sanity checks, vault collection under the positive-rebase cap, withdrawal
    /// finalisation at min(request rate, simulated report rate), share burning, and the protocol fee minted as
    /// shares on a profitable report only. All-or-nothing.
    /// </summary>
    public OracleReportResult HandleOracleReport(OracleReport report)
    {
        if (report.WithdrawalVaultBalance > WithdrawalVault) throw new RevertException("IncorrectWithdrawalsVaultBalance");
        if (report.ElRewardsVaultBalance > ElRewardsVault) throw new RevertException("IncorrectELRewardsVaultBalance");
        var postClValidators = checked(ClValidators + report.AppearedValidators);
        if (postClValidators > DepositedValidators) throw new RevertException("REPORTED_MORE_DEPOSITED");
        var principal = ClBalance + (UInt256)report.AppearedValidators * DepositSize;
        CheckAppearedValidators(report.AppearedValidators, report.TimeElapsed);
        CheckAnnualBalanceIncrease(principal, report.PostClBalance, report.TimeElapsed);

        var preTotalPooledEther = TotalPooledEther;
        var preTotalShares = TotalShares;
        var limiter = new PositiveTokenRebaseLimiter(Limits.MaxPositiveTokenRebase, preTotalPooledEther, preTotalShares);
        if (report.PostClBalance < principal) limiter.DecreaseEther(principal - report.PostClBalance);
        else limiter.IncreaseEther(report.PostClBalance - principal);
        var withdrawals = limiter.IncreaseEther(report.WithdrawalVaultBalance);
        var elRewards = limiter.IncreaseEther(report.ElRewardsVaultBalance);

        var (totalRewards, feeEther) = ProtocolFee(principal, report.PostClBalance + withdrawals, elRewards);
        var collected = BufferedEther + withdrawals + elRewards;
        var transientAfter = (UInt256)(DepositedValidators - postClValidators) * DepositSize;

        // The share rate the report would produce with nothing finalised: the cap for finalisation.
        var simulatedBurn = UInt256.Min(limiter.SharesToBurnLimit(), SharesRequestedToBurn);
        var simulatedEther = collected + report.PostClBalance + transientAfter;
        var simulatedShares = preTotalShares - simulatedBurn;
        simulatedShares += FeeShares.ToMint(feeEther, simulatedShares, simulatedEther);
        var simulatedShareRate = UInt256.MulDiv(simulatedEther, Wad.Ray, simulatedShares, Rounding.Down);

        var bunkerSince = report.IsBunkerMode ? WithdrawalQueue.BunkerModeSince ?? report.Timestamp : (ulong?)null;
        var plan = WithdrawalQueue.Plan(report.Timestamp, Limits.RequestTimestampMargin, simulatedShareRate, collected, bunkerSince);
        limiter.DecreaseEther(plan.EtherToLock);
        var requestedToBurn = plan.Shares + SharesRequestedToBurn;
        var sharesToBurn = UInt256.Min(limiter.SharesToBurnLimit(), requestedToBurn);

        var buffered = collected - plan.EtherToLock;
        var postTotalPooledEther = buffered + report.PostClBalance + transientAfter;
        var sharesBeforeFee = preTotalShares - sharesToBurn;
        var feeShares = FeeShares.ToMint(feeEther, sharesBeforeFee, postTotalPooledEther);
        var moduleShares = Fees.TotalFee.IsZero ? UInt256.Zero : UInt256.MulDiv(feeShares, Fees.ModuleFee, Fees.TotalFee, Rounding.Down);
        var postTotalShares = sharesBeforeFee + feeShares;

        // Commit: nothing below can fail.
        WithdrawalVault -= withdrawals;
        ElRewardsVault -= elRewards;
        BufferedEther = buffered;
        ClBalance = report.PostClBalance;
        ClValidators = postClValidators;
        WithdrawalQueue.Commit(plan);
        WithdrawalQueue.BunkerModeSince = bunkerSince;
        Shares.Move(WithdrawalQueue.Holder, WithdrawalQueue.Burner, plan.Shares);
        Shares.Burn(WithdrawalQueue.Burner, sharesToBurn);
        SharesRequestedToBurn = requestedToBurn - sharesToBurn;
        Shares.Mint(NodeOperators, moduleShares);
        Shares.Mint(Treasury, feeShares - moduleShares);

        return new OracleReportResult(
            totalRewards,
            feeEther,
            feeShares,
            postTotalPooledEther,
            postTotalShares,
            UInt256.MulDiv(postTotalPooledEther, Wad.Ray, postTotalShares, Rounding.Down),
            UInt256.MulDiv(feeShares, postTotalPooledEther, postTotalShares, Rounding.Down),
            withdrawals,
            elRewards,
            simulatedShareRate,
            plan.EtherToLock,
            sharesToBurn,
            plan.Count);
    }

    /// <summary>
    /// Accounting <c>_calculateTotalProtocolFeeShares</c> inputs: rewards = unified CL − principal + EL rewards when the
    /// unified CL balance (CL + withdrawals collected) exceeds the principal; otherwise no rewards and no fee (LIP-12).
    /// </summary>
    private (UInt256 TotalRewards, UInt256 FeeEther) ProtocolFee(UInt256 principal, UInt256 unifiedClBalance, UInt256 elRewards)
    {
        if (unifiedClBalance <= principal) return (UInt256.Zero, UInt256.Zero);
        var totalRewards = unifiedClBalance - principal + elRewards;
        return (totalRewards, UInt256.MulDiv(totalRewards, Fees.TotalFee, LidoFees.PrecisionPoints, Rounding.Down));
    }

    private void CheckAnnualBalanceIncrease(UInt256 preClBalance, UInt256 postClBalance, ulong timeElapsed)
    {
        if (preClBalance.IsZero) preClBalance = DefaultClBalance;
        if (preClBalance >= postClBalance) return;
        if (timeElapsed == 0) timeElapsed = DefaultTimeElapsed;
        var annual = (UInt256)SecondsPerYear * MaxBasisPoints * (postClBalance - preClBalance) / preClBalance / timeElapsed;
        if (annual > Limits.AnnualBalanceIncreaseBPLimit) throw new RevertException("IncorrectCLBalanceIncrease");
    }

    private void CheckAppearedValidators(ulong appeared, ulong timeElapsed)
    {
        if (appeared == 0) return;
        if (timeElapsed == 0) timeElapsed = DefaultTimeElapsed;
        var churnLimit = Limits.AppearedValidatorsPerDayLimit * timeElapsed / 86_400UL;
        if (appeared > churnLimit) throw new RevertException("IncorrectAppearedValidators");
    }
}
