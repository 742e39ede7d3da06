using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;
using static Restake.Protocols.Tests.Restaking.EigenLayer.TestWorld;

namespace Restake.Protocols.Tests.Restaking.EigenLayer;

/// <summary>Every caller check the contracts make: the wrong caller reverts with the contract's error and changes nothing.</summary>
public class PermissionTests
{
    /// <summary>A world with an operator (account0) in set avs/0 with an allocation, a delegated staker (account1)
    /// with a queued withdrawal, and the AVS (account7).</summary>
    private sealed class Fixture
    {
        public readonly TestWorld W = new();
        public Address Op => W.Accounts[0];
        public Address Staker => W.Accounts[1];
        public Address Stranger => W.Accounts[5];
        public Address Avs => W.Accounts[7];
        public readonly OperatorSet Set;
        public readonly Withdrawal Queued;

        public Fixture()
        {
            W.RegisterOperator(Op);
            Set = W.CreateSet(Avs, 0, W.StrategyA);
            W.Register(Op, Set);
            W.Allocate(Op, Set, W.StrategyA, E / 2);
            W.Deposit(Staker, W.StrategyA, 10 * E);
            W.Next().DelegationManager.DelegateTo(Staker, Op);
            Queued = W.Next().DelegationManager.QueueWithdrawals(Staker, [new QueuedWithdrawalParams([W.StrategyA], [E])])[0].Withdrawal;
        }
    }

    public static TheoryData<string> Checks() => new(WrongCallerChecks.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, (string Error, Action<Fixture, Address> Call)> WrongCallerChecks = new()
    {
        ["AM.updateAVSMetadataURI"] = (Errors.InvalidPermissions, (f, c) => f.W.Am.UpdateAVSMetadataURI(c, f.Avs, "x")),
        ["AM.createOperatorSets"] = (Errors.InvalidPermissions, (f, c) => f.W.Am.CreateOperatorSets(c, f.Avs, [new CreateSetParams(9, [])])),
        ["AM.createRedistributingOperatorSets"] = (Errors.InvalidPermissions, (f, c) =>
            f.W.Am.CreateRedistributingOperatorSets(c, f.Avs, [new CreateSetParams(9, [])], [c])),
        ["AM.addStrategiesToOperatorSet"] = (Errors.InvalidPermissions, (f, c) => f.W.Am.AddStrategiesToOperatorSet(c, f.Avs, 0, [f.W.StrategyB])),
        ["AM.removeStrategiesFromOperatorSet"] = (Errors.InvalidPermissions, (f, c) => f.W.Am.RemoveStrategiesFromOperatorSet(c, f.Avs, 0, [f.W.StrategyA])),
        ["AM.setAVSRegistrar"] = (Errors.InvalidPermissions, (f, c) => f.W.Am.SetAVSRegistrar(c, f.Avs, c)),
        ["AM.updateSlasher"] = (Errors.InvalidPermissions, (f, c) => f.W.Am.UpdateSlasher(c, f.Set, c)),
        ["AM.registerForOperatorSets"] = (Errors.InvalidPermissions, (f, c) => f.W.Am.RegisterForOperatorSets(c, f.Op, f.Avs, [0])),
        ["AM.deregisterFromOperatorSets"] = (Errors.InvalidCaller, (f, c) => f.W.Am.DeregisterFromOperatorSets(c, f.Op, f.Avs, [0])),
        ["AM.setAllocationDelay"] = (Errors.InvalidPermissions, (f, c) => f.W.Am.SetAllocationDelay(c, f.Op, 3)),
        ["AM.modifyAllocations"] = (Errors.InvalidPermissions, (f, c) =>
            f.W.Am.ModifyAllocations(c, f.Op, [new AllocateParams(f.Set, [f.W.StrategyA], [1])])),
        ["AM.slashOperator"] = (Errors.InvalidCaller, (f, c) =>
            f.W.Am.SlashOperator(c, f.Avs, new SlashingParams(f.Op, 0, [f.W.StrategyA], [E]))),
        ["DM.modifyOperatorDetails"] = (Errors.InvalidPermissions, (f, c) => f.W.Dm.ModifyOperatorDetails(c, f.Op, c)),
        ["DM.updateOperatorMetadataURI"] = (Errors.InvalidPermissions, (f, c) => f.W.Dm.UpdateOperatorMetadataURI(c, f.Op, "x")),
        ["DM.undelegate"] = (Errors.CallerCannotUndelegate, (f, c) => f.W.Dm.Undelegate(c, f.Staker)),
        ["DM.completeQueuedWithdrawal"] = (Errors.WithdrawerNotCaller, (f, c) => f.W.Dm.CompleteQueuedWithdrawal(c, f.Queued, [f.W.TokenA], true)),
        ["DM.increaseDelegatedShares"] = (Errors.OnlyStrategyManagerOrEigenPodManager, (f, c) =>
            f.W.Dm.IncreaseDelegatedShares(c, f.Staker, f.W.StrategyA, E, E)),
        ["DM.decreaseDelegatedShares"] = (Errors.OnlyEigenPodManager, (f, c) => f.W.Dm.DecreaseDelegatedShares(c, f.Staker, E, 1)),
        ["DM.slashOperatorShares"] = (Errors.OnlyAllocationManager, (f, c) =>
            f.W.Dm.SlashOperatorShares(c, f.Op, f.Set, UInt256.One, f.W.StrategyA, (ulong)E, (ulong)E / 2)),
        ["SM.addShares"] = (Errors.OnlyDelegationManager, (f, c) => f.W.Sm.AddShares(c, f.Staker, f.W.StrategyA, E)),
        ["SM.removeDepositShares"] = (Errors.OnlyDelegationManager, (f, c) => f.W.Sm.RemoveDepositShares(c, f.Staker, f.W.StrategyA, E)),
        ["SM.withdrawSharesAsTokens"] = (Errors.OnlyDelegationManager, (f, c) =>
            f.W.Sm.WithdrawSharesAsTokens(c, f.Staker, f.W.StrategyA, f.W.TokenA, E)),
        ["SM.increaseBurnOrRedistributableShares"] = (Errors.OnlyDelegationManager, (f, c) =>
            f.W.Sm.IncreaseBurnOrRedistributableShares(c, f.Set, UInt256.One, f.W.StrategyA, E)),
        ["SM.addStrategiesToDepositWhitelist"] = (Errors.OnlyStrategyWhitelister, (f, c) => f.W.Sm.AddStrategiesToDepositWhitelist(c, [c])),
        ["StrategyBase.deposit"] = (Errors.OnlyStrategyManager, (f, c) => f.W.Core.Strategies[f.W.StrategyA].Deposit(c, f.W.TokenA, E)),
        ["StrategyBase.withdraw"] = (Errors.OnlyStrategyManager, (f, c) => f.W.Core.Strategies[f.W.StrategyA].Withdraw(c, c, f.W.TokenA, E)),
        ["EPM.addShares"] = (Errors.OnlyDelegationManager, (f, c) => f.W.Core.EigenPodManager.AddShares(c, f.Staker, EigenLayerCore.BeaconChainEthStrategy, E)),
        ["EPM.increaseBurnOrRedistributableShares"] = (Errors.OnlyDelegationManager, (f, c) =>
            f.W.Core.EigenPodManager.IncreaseBurnOrRedistributableShares(c, f.Set, UInt256.One, EigenLayerCore.BeaconChainEthStrategy, E)),
        ["pause"] = (Errors.OnlyPauser, (f, c) => f.W.Dm.Pause(c, 1)),
        ["unpause"] = (Errors.OnlyUnpauser, (f, c) => f.W.Dm.Unpause(c, 0)),
        ["PC.addPendingAdmin"] = (Errors.NotAdmin, (f, c) => f.W.Core.PermissionController.AddPendingAdmin(c, f.Op, c)),
        ["PC.setAppointee"] = (Errors.NotAdmin, (f, c) =>
            f.W.Core.PermissionController.SetAppointee(c, f.Op, c, f.W.Am.Self, "modifyAllocations")),
        ["RC.createOperatorDirectedOperatorSetRewardsSubmission"] = (Errors.InvalidPermissions, (f, c) =>
            f.W.Core.RewardsCoordinator.CreateOperatorDirectedOperatorSetRewardsSubmission(c, f.Set, [])),
        ["RC.setOperatorAVSSplit"] = (Errors.InvalidPermissions, (f, c) => f.W.Core.RewardsCoordinator.SetOperatorAVSSplit(c, f.Op, f.Avs, 1)),
        ["RC.setClaimerFor(earner)"] = (Errors.InvalidPermissions, (f, c) => f.W.Core.RewardsCoordinator.SetClaimerFor(c, f.Op, c)),
        ["RC.submitRoot"] = (Errors.UnauthorizedCaller, (f, c) =>
            f.W.Core.RewardsCoordinator.SubmitRoot(c, new Dictionary<(Address, Address), UInt256>(), 1)),
    };

    [Theory]
    [MemberData(nameof(Checks))]
    public void Wrong_caller_reverts_and_changes_nothing(string check)
    {
        var f = new Fixture();
        var (error, call) = WrongCallerChecks[check];
        f.W.Core.AdvanceBlocks(f.W.Core.Config.MinWithdrawalDelayBlocks + 1);
        var before = Observed(f);
        var e = Assert.Throws<RevertException>(() => call(f, f.Stranger));
        Assert.Equal(error, e.Error);
        Assert.Equal(before, Observed(f));
    }

    private static string Observed(Fixture f)
    {
        var w = f.W;
        var s = Restake.Protocols.Restaking.EigenLayer.StateSnapshots.SnapshotCapture.Capture(w.Core,
            new([f.Staker, f.Stranger], [f.Op], [f.Avs], [w.StrategyA, w.StrategyB], [w.TokenA, w.TokenB]));
        return StateText.Of(s) + $"|{w.Am.GetSlasher(f.Set)}|{w.Core.PermissionController.GetAdmins(f.Op).Count}|{w.Dm.PausedStatus}";
    }

    [Fact]
    public void An_appointee_may_call_exactly_the_appointed_function()
    {
        var f = new Fixture();
        var pc = f.W.Core.PermissionController;
        var helper = f.Stranger;
        pc.SetAppointee(f.Op, f.Op, helper, f.W.Am.Self, "modifyAllocations");
        Assert.True(pc.CanCall(f.Op, helper, f.W.Am.Self, "modifyAllocations"));
        f.W.Am.ModifyAllocations(helper, f.Op, [new AllocateParams(f.Set, [f.W.StrategyA], [(ulong)E / 4])]);
        Assert.Equal(Errors.InvalidPermissions, Assert.Throws<RevertException>(() => f.W.Am.SetAllocationDelay(helper, f.Op, 1)).Error);
        Assert.Equal(Errors.AppointeeAlreadySet, Assert.Throws<RevertException>(() =>
            pc.SetAppointee(f.Op, f.Op, helper, f.W.Am.Self, "modifyAllocations")).Error);
        pc.RemoveAppointee(f.Op, f.Op, helper, f.W.Am.Self, "modifyAllocations");
        Assert.Equal(Errors.AppointeeNotSet, Assert.Throws<RevertException>(() =>
            pc.RemoveAppointee(f.Op, f.Op, helper, f.W.Am.Self, "modifyAllocations")).Error);
        Assert.False(pc.CanCall(f.Op, helper, f.W.Am.Self, "modifyAllocations"));
    }

    [Fact]
    public void Accepting_the_first_admin_removes_the_accounts_own_power_and_the_last_admin_stays()
    {
        var f = new Fixture();
        var pc = f.W.Core.PermissionController;
        var (admin, second) = (f.W.Accounts[3], f.W.Accounts[4]);
        Assert.Equal(Errors.AdminNotPending, Assert.Throws<RevertException>(() => pc.AcceptAdmin(admin, f.Avs)).Error);
        pc.AddPendingAdmin(f.Avs, f.Avs, admin);
        Assert.Equal(Errors.AdminAlreadyPending, Assert.Throws<RevertException>(() => pc.AddPendingAdmin(f.Avs, f.Avs, admin)).Error);
        pc.AcceptAdmin(admin, f.Avs);
        Assert.False(pc.IsAdmin(f.Avs, f.Avs));
        Assert.Equal(Errors.InvalidPermissions, Assert.Throws<RevertException>(() => f.W.Am.UpdateAVSMetadataURI(f.Avs, f.Avs, "x")).Error);
        f.W.Am.UpdateAVSMetadataURI(admin, f.Avs, "x");
        Assert.Equal(Errors.AdminAlreadySet, Assert.Throws<RevertException>(() => pc.AddPendingAdmin(admin, f.Avs, admin)).Error);
        Assert.Equal(Errors.CannotHaveZeroAdmins, Assert.Throws<RevertException>(() => pc.RemoveAdmin(admin, f.Avs, admin)).Error);
        pc.AddPendingAdmin(admin, f.Avs, second);
        pc.AcceptAdmin(second, f.Avs);
        Assert.Equal(Errors.AdminNotSet, Assert.Throws<RevertException>(() => pc.RemoveAdmin(admin, f.Avs, f.Stranger)).Error);
        pc.RemoveAdmin(second, f.Avs, admin);
        Assert.Equal([second], pc.GetAdmins(f.Avs));
        Assert.Equal(Errors.AdminNotPending, Assert.Throws<RevertException>(() => pc.RemovePendingAdmin(second, f.Avs, admin)).Error);
    }

    [Fact]
    public void The_operator_and_its_approver_may_undelegate_a_staker()
    {
        var f = new Fixture();
        var queued = f.W.Dm.Undelegate(f.Op, f.Staker);
        Assert.Single(queued);
        Assert.True(f.W.Dm.DelegatedTo(f.Staker).IsZero);

        var g = new Fixture();
        var approver = g.W.Accounts[3];
        g.W.Dm.ModifyOperatorDetails(g.Op, g.Op, approver);
        g.W.Dm.Undelegate(approver, g.Staker);
        Assert.True(g.W.Dm.DelegatedTo(g.Staker).IsZero);
    }

    [Fact]
    public void Deregistration_may_come_from_the_avs()
    {
        var f = new Fixture();
        f.W.Am.DeregisterFromOperatorSets(f.Avs, f.Op, f.Avs, [0]);
        Assert.False(f.W.Am.IsMemberOfOperatorSet(f.Op, f.Set));
        Assert.True(f.W.Am.IsOperatorSlashable(f.Op, f.Set));
        f.W.Core.AdvanceBlocks(f.W.Core.Config.DeallocationDelay + 1);
        Assert.False(f.W.Am.IsOperatorSlashable(f.Op, f.Set));
    }

    [Fact]
    public void A_new_slasher_takes_over_after_the_configuration_delay()
    {
        var f = new Fixture();
        var slasher = f.W.Accounts[3];
        f.W.Am.UpdateSlasher(f.Avs, f.Set, slasher);
        Assert.Equal(f.Avs, f.W.Am.GetSlasher(f.Set));
        f.W.Core.AdvanceBlocks(f.W.Core.Config.SlasherConfigurationDelay + 1);
        Assert.Equal(slasher, f.W.Am.GetSlasher(f.Set));
        Assert.Equal(Errors.InvalidCaller, Assert.Throws<RevertException>(() =>
            f.W.Am.SlashOperator(f.Avs, f.Avs, new SlashingParams(f.Op, 0, [f.W.StrategyA], [E]))).Error);
        f.W.Am.SlashOperator(slasher, f.Avs, new SlashingParams(f.Op, 0, [f.W.StrategyA], [E]));
        Assert.Equal(E / 2, (UInt256)f.W.Am.GetMaxMagnitude(f.Op, f.W.StrategyA));
    }

    public static TheoryData<string, int> PauseChecks() => new()
    {
        { "DM.delegateTo", DelegationManager.PausedNewDelegation },
        { "DM.queueWithdrawals", DelegationManager.PausedEnterWithdrawalQueue },
        { "DM.completeQueuedWithdrawal", DelegationManager.PausedExitWithdrawalQueue },
        { "SM.depositIntoStrategy", StrategyManager.PausedDeposits },
        { "AM.modifyAllocations", AllocationManager.PausedModifyAllocations },
        { "AM.slashOperator", AllocationManager.PausedOperatorSlashing },
        { "AM.registerForOperatorSets", AllocationManager.PausedRegistration },
        { "StrategyBase.deposit", StrategyBase.PausedDeposits },
    };

    [Theory]
    [MemberData(nameof(PauseChecks))]
    public void A_paused_bit_blocks_its_functions(string function, int bit)
    {
        var f = new Fixture();
        var w = f.W;
        var other = w.Accounts[2];
        w.Deposit(other, w.StrategyA, E);
        CoreContract contract = function.Split('.')[0] switch
        {
            "DM" => w.Dm,
            "SM" => w.Sm,
            "AM" => w.Am,
            _ => w.Core.Strategies[w.StrategyA],
        };
        contract.Pause(w.Core.Owner, 1UL << bit);
        w.Core.AdvanceBlocks(w.Core.Config.MinWithdrawalDelayBlocks + 1);
        Action call = function switch
        {
            "DM.delegateTo" => () => w.Dm.DelegateTo(other, f.Op),
            "DM.queueWithdrawals" => () => w.Dm.QueueWithdrawals(f.Staker, [new QueuedWithdrawalParams([w.StrategyA], [E])]),
            "DM.completeQueuedWithdrawal" => () => w.Dm.CompleteQueuedWithdrawal(f.Staker, f.Queued, [w.TokenA], true),
            "SM.depositIntoStrategy" or "StrategyBase.deposit" => () => w.Sm.DepositIntoStrategy(other, w.StrategyA, w.TokenA, E),
            "AM.modifyAllocations" => () => w.Am.ModifyAllocations(f.Op, f.Op, [new AllocateParams(f.Set, [w.StrategyA], [1])]),
            "AM.slashOperator" => () => w.Am.SlashOperator(f.Avs, f.Avs, new SlashingParams(f.Op, 0, [w.StrategyA], [E])),
            _ => () => w.Am.DeregisterFromOperatorSets(f.Op, f.Op, f.Avs, [0]),
        };
        Assert.Equal(Errors.CurrentlyPaused, Assert.Throws<RevertException>(call).Error);
        Assert.Equal(Errors.InvalidNewPausedStatus, Assert.Throws<RevertException>(() => contract.Pause(w.Core.Owner, 0)).Error);
        contract.Unpause(w.Core.Unpauser, 0);
        call();
    }
}
