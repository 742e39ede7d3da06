using Restake.Numerics;

namespace Restake.Protocols.LiquidStaking.Lido;

/// <summary>
/// One AccountingOracle report: the CL balance of Lido validators, how many newly appeared, what the withdrawal
/// and EL-rewards vaults hold, the report time and the time since the previous report (seconds), and the bunker flag.
/// </summary>
public sealed record OracleReport(
    UInt256 PostClBalance,
    ulong AppearedValidators,
    UInt256 WithdrawalVaultBalance,
    UInt256 ElRewardsVaultBalance,
    ulong Timestamp,
    ulong TimeElapsed,
    bool IsBunkerMode = false);

/// <summary>What a report did: rewards and fee, the rebase, and the withdrawal finalisation.</summary>
public sealed record OracleReportResult(
    UInt256 TotalRewards,
    UInt256 FeeEther,
    UInt256 SharesToMintAsFees,
    UInt256 PostTotalPooledEther,
    UInt256 PostTotalShares,
    UInt256 PostShareRate,
    UInt256 FeeSharesValue,
    UInt256 WithdrawalsTaken,
    UInt256 ElRewardsTaken,
    UInt256 SimulatedShareRate,
    UInt256 EtherLockedForWithdrawals,
    UInt256 SharesBurnt,
    int RequestsFinalized);
