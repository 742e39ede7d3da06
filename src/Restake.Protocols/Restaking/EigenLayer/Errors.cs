namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>Custom error names of the core contracts, exactly as their ABIs decode them.</summary>
public static class Errors
{
    // Shared / mixins
    public const string CurrentlyPaused = nameof(CurrentlyPaused);
    public const string InvalidPermissions = nameof(InvalidPermissions);
    public const string InputArrayLengthMismatch = nameof(InputArrayLengthMismatch);
    public const string InputArrayLengthZero = nameof(InputArrayLengthZero);
    public const string InputAddressZero = nameof(InputAddressZero);
    public const string OnlyPauser = nameof(OnlyPauser);
    public const string OnlyUnpauser = nameof(OnlyUnpauser);
    public const string InvalidNewPausedStatus = nameof(InvalidNewPausedStatus);
    public const string InvalidSnapshotOrdering = nameof(InvalidSnapshotOrdering);

    // ERC-20 (OpenZeppelin v5)
    public const string ERC20InsufficientBalance = nameof(ERC20InsufficientBalance);
    public const string ERC20InsufficientAllowance = nameof(ERC20InsufficientAllowance);
    public const string ERC20InvalidReceiver = nameof(ERC20InvalidReceiver);

    // StrategyBase
    public const string OnlyStrategyManager = nameof(OnlyStrategyManager);
    public const string OnlyUnderlyingToken = nameof(OnlyUnderlyingToken);
    public const string NewSharesZero = nameof(NewSharesZero);
    public const string TotalSharesExceedsMax = nameof(TotalSharesExceedsMax);
    public const string WithdrawalAmountExceedsTotalDeposits = nameof(WithdrawalAmountExceedsTotalDeposits);

    // StrategyManager
    public const string StrategyNotWhitelisted = nameof(StrategyNotWhitelisted);
    public const string OnlyStrategyWhitelister = nameof(OnlyStrategyWhitelister);
    public const string OnlyDelegationManager = nameof(OnlyDelegationManager);
    public const string StakerAddressZero = nameof(StakerAddressZero);
    public const string SharesAmountZero = nameof(SharesAmountZero);
    public const string SharesAmountTooHigh = nameof(SharesAmountTooHigh);
    public const string MaxStrategiesExceeded = nameof(MaxStrategiesExceeded);
    public const string StrategyNotFound = nameof(StrategyNotFound);
    public const string StrategyAlreadyInSlash = nameof(StrategyAlreadyInSlash);

    // DelegationManager
    public const string ActivelyDelegated = nameof(ActivelyDelegated);
    public const string NotActivelyDelegated = nameof(NotActivelyDelegated);
    public const string OperatorNotRegistered = nameof(OperatorNotRegistered);
    public const string OperatorsCannotUndelegate = nameof(OperatorsCannotUndelegate);
    public const string CallerCannotUndelegate = nameof(CallerCannotUndelegate);
    public const string FullySlashed = nameof(FullySlashed);
    public const string InvalidDepositScalingFactor = nameof(InvalidDepositScalingFactor);
    public const string WithdrawerNotCaller = nameof(WithdrawerNotCaller);
    public const string WithdrawalNotQueued = nameof(WithdrawalNotQueued);
    public const string WithdrawalDelayNotElapsed = nameof(WithdrawalDelayNotElapsed);
    public const string OnlyStrategyManagerOrEigenPodManager = nameof(OnlyStrategyManagerOrEigenPodManager);
    public const string OnlyEigenPodManager = nameof(OnlyEigenPodManager);
    public const string OnlyAllocationManager = nameof(OnlyAllocationManager);
    public const string SaltSpent = nameof(SaltSpent);
    public const string SignatureExpired = nameof(SignatureExpired);
    public const string InvalidSignature = nameof(InvalidSignature);

    // AllocationManager
    public const string InvalidCaller = nameof(InvalidCaller);
    public const string InvalidOperator = nameof(InvalidOperator);
    public const string InvalidOperatorSet = nameof(InvalidOperatorSet);
    public const string NonexistentAVSMetadata = nameof(NonexistentAVSMetadata);
    public const string StrategyAlreadyInOperatorSet = nameof(StrategyAlreadyInOperatorSet);
    public const string StrategyNotInOperatorSet = nameof(StrategyNotInOperatorSet);
    public const string InvalidRedistributionRecipient = nameof(InvalidRedistributionRecipient);
    public const string InvalidStrategy = nameof(InvalidStrategy);
    public const string InvalidAVSRegistrar = nameof(InvalidAVSRegistrar);
    public const string SlasherNotSet = nameof(SlasherNotSet);
    public const string AlreadyMemberOfSet = nameof(AlreadyMemberOfSet);
    public const string NotMemberOfSet = nameof(NotMemberOfSet);
    public const string UninitializedAllocationDelay = nameof(UninitializedAllocationDelay);
    public const string ModificationAlreadyPending = nameof(ModificationAlreadyPending);
    public const string SameMagnitude = nameof(SameMagnitude);
    public const string InsufficientMagnitude = nameof(InsufficientMagnitude);
    public const string OperatorNotSlashable = nameof(OperatorNotSlashable);
    public const string StrategiesMustBeInAscendingOrder = nameof(StrategiesMustBeInAscendingOrder);
    public const string InvalidWadToSlash = nameof(InvalidWadToSlash);

    // PermissionController
    public const string NotAdmin = nameof(NotAdmin);
    public const string AdminAlreadySet = nameof(AdminAlreadySet);
    public const string AdminAlreadyPending = nameof(AdminAlreadyPending);
    public const string AdminNotPending = nameof(AdminNotPending);
    public const string AdminNotSet = nameof(AdminNotSet);
    public const string CannotHaveZeroAdmins = nameof(CannotHaveZeroAdmins);
    public const string AppointeeAlreadySet = nameof(AppointeeAlreadySet);
    public const string AppointeeNotSet = nameof(AppointeeNotSet);

    // EigenPodManager
    public const string EigenPodAlreadyExists = nameof(EigenPodAlreadyExists);
    public const string OnlyEigenPod = nameof(OnlyEigenPod);
    public const string SharesNotMultipleOfGwei = nameof(SharesNotMultipleOfGwei);
    public const string LegacyWithdrawalsNotCompleted = nameof(LegacyWithdrawalsNotCompleted);
    public const string SharesNegative = nameof(SharesNegative);
    public const string InsufficientWithdrawableBalance = nameof(InsufficientWithdrawableBalance);

    // RewardsCoordinator
    public const string DurationExceedsMax = nameof(DurationExceedsMax);
    public const string InvalidDurationRemainder = nameof(InvalidDurationRemainder);
    public const string DurationIsZero = nameof(DurationIsZero);
    public const string InvalidStartTimestampRemainder = nameof(InvalidStartTimestampRemainder);
    public const string StartTimestampTooFarInPast = nameof(StartTimestampTooFarInPast);
    public const string StartTimestampTooFarInFuture = nameof(StartTimestampTooFarInFuture);
    public const string StrategiesNotInAscendingOrder = nameof(StrategiesNotInAscendingOrder);
    public const string AmountIsZero = nameof(AmountIsZero);
    public const string AmountExceedsMax = nameof(AmountExceedsMax);
    public const string InvalidAddressZero = nameof(InvalidAddressZero);
    public const string OperatorsNotInAscendingOrder = nameof(OperatorsNotInAscendingOrder);
    public const string SubmissionNotRetroactive = nameof(SubmissionNotRetroactive);
    public const string SplitExceedsMax = nameof(SplitExceedsMax);
    public const string PreviousSplitPending = nameof(PreviousSplitPending);
    public const string UnauthorizedCaller = nameof(UnauthorizedCaller);
    public const string NewRootMustBeForNewCalculatedPeriod = nameof(NewRootMustBeForNewCalculatedPeriod);
    public const string RewardsEndTimestampNotElapsed = nameof(RewardsEndTimestampNotElapsed);
    public const string InvalidRootIndex = nameof(InvalidRootIndex);
    public const string RootDisabled = nameof(RootDisabled);
    public const string RootAlreadyActivated = nameof(RootAlreadyActivated);
    public const string RootNotActivated = nameof(RootNotActivated);
    public const string EarningsNotGreaterThanClaimed = nameof(EarningsNotGreaterThanClaimed);
    public const string InvalidEarner = nameof(InvalidEarner);
    public const string InvalidClaimProof = nameof(InvalidClaimProof);
}
