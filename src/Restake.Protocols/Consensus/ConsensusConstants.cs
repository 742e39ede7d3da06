namespace Restake.Protocols.Consensus;

/// <summary>
/// Mainnet preset and configuration values of the Electra beacon chain. Amounts are in gwei, times in epochs.
/// </summary>
public static class ConsensusConstants
{
    public const ulong GweiPerEth = 1_000_000_000UL;
    public const ulong FarFutureEpoch = ulong.MaxValue;
    public const ulong SlotsPerEpoch = 32;
    public const ulong SecondsPerSlot = 12;

    /// <summary>Average epochs per year (365.25 days of 384-second epochs).</summary>
    public const double EpochsPerYear = 365.25 * 86_400 / (SlotsPerEpoch * SecondsPerSlot);

    public const ulong EffectiveBalanceIncrement = GweiPerEth;
    public const ulong MinActivationBalance = 32 * GweiPerEth;
    public const ulong MaxEffectiveBalanceElectra = 2048 * GweiPerEth;
    public const ulong HysteresisQuotient = 4;
    public const ulong HysteresisDownwardMultiplier = 1;
    public const ulong HysteresisUpwardMultiplier = 5;

    public const ulong BaseRewardFactor = 64;
    public const ulong TimelySourceWeight = 14;
    public const ulong TimelyTargetWeight = 26;
    public const ulong TimelyHeadWeight = 14;
    public const ulong SyncRewardWeight = 2;
    public const ulong ProposerWeight = 8;
    public const ulong WeightDenominator = 64;
    public const ulong SyncCommitteeSize = 512;

    public const ulong MinSlashingPenaltyQuotientElectra = 4096;
    public const ulong WhistleblowerRewardQuotientElectra = 4096;
    public const ulong ProportionalSlashingMultiplierBellatrix = 3;
    public const ulong EpochsPerSlashingsVector = 8192;

    public const ulong InactivityScoreBias = 4;
    public const ulong InactivityScoreRecoveryRate = 16;
    public const ulong InactivityPenaltyQuotientBellatrix = 1UL << 24;
    public const ulong MinEpochsToInactivityPenalty = 4;

    public const ulong MinValidatorWithdrawabilityDelay = 256;
    public const ulong MaxSeedLookahead = 4;
    public const ulong ChurnLimitQuotient = 65_536;
    public const ulong MinPerEpochChurnLimitElectra = 128 * GweiPerEth;
    public const ulong MaxPerEpochActivationExitChurnLimit = 256 * GweiPerEth;

    public const ulong MaxWithdrawalsPerPayload = 16;
    public const ulong MaxValidatorsPerWithdrawalsSweep = 16_384;
}
