using System.Numerics;
using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;
using static Restake.Protocols.Tests.Restaking.EigenLayer.TestWorld;

namespace Restake.Protocols.Tests.Restaking.EigenLayer;

/// <summary>Worked examples 9.8 and 9.9: beacon-chain ETH share accounting.</summary>
public class NativeRestakingTests
{
    private static readonly Address Beacon = EigenLayerCore.BeaconChainEthStrategy;

    private static (TestWorld W, Address Owner, Address Op, OperatorSet Set) Setup()
    {
        var w = new TestWorld();
        var owner = w.Accounts[1];
        var op = w.Accounts[0];
        var avs = w.Accounts[7];
        w.RegisterOperator(op);
        var set = w.CreateSet(avs, 0, Beacon);
        w.Register(op, set);
        w.Allocate(op, set, Beacon, E);
        w.Next().EigenPodManager.CreatePod(owner);
        w.Next().DelegationManager.DelegateTo(owner, op);
        return (w, owner, op, set);
    }

    [Fact]
    public void Example_9_8_beacon_loss_then_avs_slash_then_new_validator()
    {
        var (w, d, q, z) = Setup();
        var epm = w.Core.EigenPodManager;
        w.Next().EigenPodManager.VerifyWithdrawalCredentials(d, 32_000_000_000);
        Assert.Equal(32 * E, epm.StakerDepositShares(d, Beacon));
        Assert.Equal(E, w.Dm.DepositScalingFactor(d, Beacon));
        Assert.Equal(32 * E, w.Dm.OperatorShares(q, Beacon));

        w.Slash(z, q, Beacon, 75 * E / 100);
        Assert.Equal(U("250_000_000_000_000_000"), (UInt256)w.Am.GetMaxMagnitude(q, Beacon));
        Assert.Equal(8 * E, w.Dm.OperatorShares(q, Beacon));
        Assert.Equal(8 * E, w.Withdrawable(d, Beacon));

        var pod = epm.OwnerToPod(d);
        w.Next().EigenPodManager.RecordBeaconChainETHBalanceUpdate(pod, d, 32 * E, -(BigInteger)(16 * E));
        Assert.Equal(500_000_000_000_000_000UL, epm.BeaconChainSlashingFactor(d));
        Assert.Equal(4 * E, w.Dm.OperatorShares(q, Beacon));
        Assert.Equal(4 * E, w.Withdrawable(d, Beacon));
        Assert.Equal(32 * E, epm.StakerDepositShares(d, Beacon));

        w.Next().EigenPodManager.VerifyWithdrawalCredentials(d, 32_000_000_000);
        Assert.Equal(U("4_500_000_000_000_000_000"), w.Dm.DepositScalingFactor(d, Beacon));
        Assert.Equal(64 * E, epm.StakerDepositShares(d, Beacon));
        Assert.Equal(36 * E, w.Dm.OperatorShares(q, Beacon));
        Assert.Equal(36 * E, w.Withdrawable(d, Beacon));
    }

    [Fact]
    public void Example_9_9_small_penalty_slash_exit_and_withdrawal()
    {
        var (w, f, r, set) = Setup();
        var epm = w.Core.EigenPodManager;
        w.Next().EigenPodManager.VerifyWithdrawalCredentials(f, 32_000_000_000);

        w.Next().EigenPodManager.VerifyCheckpoint(f, 32_000_000_000, -1_000_000_000);
        Assert.Equal(968_750_000_000_000_000UL, epm.BeaconChainSlashingFactor(f));
        Assert.Equal(31 * E, w.Dm.OperatorShares(r, Beacon));
        Assert.Equal(31 * E, w.Withdrawable(f, Beacon));

        w.Slash(set, r, Beacon, E / 2);
        Assert.Equal(E / 2, (UInt256)w.Am.GetMaxMagnitude(r, Beacon));
        Assert.Equal(U("15_500_000_000_000_000_000"), w.Dm.OperatorShares(r, Beacon));
        Assert.Equal(U("15_500_000_000_000_000_000"), w.Withdrawable(f, Beacon));
        Assert.Equal(U("15_500_000_000_000_000_000"), epm.BurnableEthShares);

        var pod = epm.OwnerToPod(f);
        w.Core.Tokens.Mint(Erc20Ledger.NativeEth, pod, 31 * E);
        w.Next().EigenPodManager.VerifyCheckpoint(f, 31_000_000_000, -31_000_000_000);
        Assert.Equal(31_000_000_000UL, epm.RestakedExecutionLayerGwei(f));
        Assert.Equal(968_750_000_000_000_000UL, epm.BeaconChainSlashingFactor(f));
        Assert.Equal(32 * E, epm.StakerDepositShares(f, Beacon));

        var queued = Assert.Single(w.Next().DelegationManager.QueueWithdrawals(f, [new QueuedWithdrawalParams([Beacon], [32 * E])]));
        Assert.Equal(U("15_500_000_000_000_000_000"), queued.SharesToWithdraw[0]);
        Assert.Equal(32 * E, queued.Withdrawal.ScaledShares[0]);
        Assert.Equal(UInt256.Zero, w.Dm.OperatorShares(r, Beacon));

        w.Core.AdvanceBlocks(w.Core.Config.MinWithdrawalDelayBlocks + 1);
        w.Dm.CompleteQueuedWithdrawal(f, queued.Withdrawal, [Erc20Ledger.NativeEth], true);
        Assert.Equal(U("15_500_000_000_000_000_000"), w.Core.Tokens.BalanceOf(Erc20Ledger.NativeEth, f));
        Assert.Equal(15_500_000_000UL, epm.RestakedExecutionLayerGwei(f));
    }

    [Fact]
    public void Balance_updates_come_only_from_the_owners_pod_and_in_whole_gwei()
    {
        var (w, owner, _, _) = Setup();
        var epm = w.Core.EigenPodManager;
        var pod = epm.OwnerToPod(owner);
        Assert.Equal(Errors.OnlyEigenPod, Assert.Throws<RevertException>(() =>
            epm.RecordBeaconChainETHBalanceUpdate(owner, owner, UInt256.Zero, 32 * E)).Error);
        Assert.Equal(Errors.SharesNotMultipleOfGwei, Assert.Throws<RevertException>(() =>
            epm.RecordBeaconChainETHBalanceUpdate(pod, owner, UInt256.Zero, 1)).Error);
        Assert.Equal(Errors.EigenPodAlreadyExists, Assert.Throws<RevertException>(() => epm.CreatePod(owner)).Error);
        Assert.Equal(UInt256.Zero, epm.StakerDepositShares(owner, Beacon));
    }
}
