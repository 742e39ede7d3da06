using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;
using Restake.Scenarios.Loading;
using Restake.Simulation.Exact;
using Restake.Simulation.World;

namespace Restake.Simulation.Tests.Exact;

public sealed class ExactLedgerTests
{
    private static readonly UInt256 WadOne = Wad.One;

    private static WorldModel World()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "Restake.Application.Tests"))) dir = dir.Parent;
        var file = Path.Combine(dir!.FullName, "tests", "Restake.Application.Tests", "Data", "world.yaml");
        return new WorldModel(ScenarioLoader.Load(file), Path.GetDirectoryName(file));
    }

    /// <summary>An operator built by hand on a separate core: stake deposited and delegated, one set, one allocation.</summary>
    private static (EigenLayerCore Core, Address Staker, Address Operator, Address Strategy, OperatorSet Set) Reference(
        UInt256 deposit, ulong magnitude)
    {
        var core = new EigenLayerCore(EigenLayerConfig.Mainnet, startBlock: 5_000);
        var token = Address.Named("t", 0x71);
        var strategy = Address.Named("s", 0x51);
        var staker = Address.Named("staker", 0x11);
        var op = Address.Named("op", 0x21);
        var avs = Address.Named("avs", 0x31);
        core.DeployStrategy(strategy, token);
        core.StrategyManager.AddStrategiesToDepositWhitelist(core.Owner, [strategy]);
        core.Tokens.Mint(token, staker, deposit);
        core.Tokens.Approve(token, staker, core.StrategyManager.Self, UInt256.MaxValue);
        core.DelegationManager.RegisterAsOperator(op, Address.Zero, 0, "");
        core.StrategyManager.DepositIntoStrategy(staker, strategy, token, deposit);
        core.DelegationManager.DelegateTo(staker, op);
        var am = core.AllocationManager;
        am.UpdateAVSMetadataURI(avs, avs, "");
        am.CreateOperatorSets(avs, avs, [new CreateSetParams(0, [strategy])]);
        am.RegisterForOperatorSets(op, op, avs, [0]);
        var set = new OperatorSet(avs, 0);
        am.ModifyAllocations(op, op, [new AllocateParams(set, [strategy], [magnitude])]);
        core.AdvanceBlocks(1);
        return (core, staker, op, strategy, set);
    }

    [Fact]
    public void Post_slash_shares_equal_a_separately_built_core_slashed_the_same_way()
    {
        var world = World();
        var ledger = new ExactLedger(world);
        ledger.Reset();
        ledger.Slash(0);
        ledger.Slash(0);
        var r = ledger.Restaking;
        var wad = RestakingCore.Wad18(world.AvsSlashFraction[0]);
        for (var e = world.AvsEdgeStart[0]; e < world.AvsEdgeStart[1]; e++)
        {
            var i = world.EdgeOperator[e];
            var reference = Reference(r.Deposits[i], (ulong)RestakingCore.Wad18(world.EdgeMagnitude[e]));
            for (var k = 0; k < 2; k++)
                reference.Core.AllocationManager.SlashOperator(reference.Set.Avs, reference.Set.Avs,
                    new SlashingParams(reference.Operator, 0, [reference.Strategy], [wad]));

            var expected = reference.Core.DelegationManager.GetWithdrawableShares(reference.Staker, reference.Strategy);
            var actual = r.Core.DelegationManager.GetWithdrawableShares(r.Stakers[i], r.Strategy);
            Assert.Equal(expected, actual);
            Assert.Equal(reference.Core.AllocationManager.GetMaxMagnitude(reference.Operator, reference.Strategy),
                r.Core.AllocationManager.GetMaxMagnitude(r.Operators[i], r.Strategy));
            Assert.Equal(reference.Core.DelegationManager.OperatorShares(reference.Operator, reference.Strategy),
                r.Core.DelegationManager.OperatorShares(r.Operators[i], r.Strategy));
            Assert.True(actual.Withdrawable < actual.Deposit);
            Assert.Equal(actual.Withdrawable.ToDouble() / actual.Deposit.ToDouble(), ledger.OperatorFactor(i));
        }
    }

    [Fact]
    public void One_slash_matches_the_allocation_manager_closed_form()
    {
        var world = World();
        var ledger = new ExactLedger(world);
        ledger.Reset();
        ledger.Slash(0);
        var r = ledger.Restaking;
        var wad = RestakingCore.Wad18(world.AvsSlashFraction[0]);
        for (var e = world.AvsEdgeStart[0]; e < world.AvsEdgeStart[1]; e++)
        {
            var i = world.EdgeOperator[e];
            var allocated = RestakingCore.Wad18(world.EdgeMagnitude[e]);
            var slashed = Wad.MulWadRoundUp(allocated, wad); // slashOperator rounds the magnitude taken up
            var max = WadOne - slashed;
            var withdrawable = UInt256.MulDiv(r.Deposits[i], max, WadOne, Rounding.Down); // stakers' shares round down
            Assert.Equal((withdrawable, r.Deposits[i]), r.Core.DelegationManager.GetWithdrawableShares(r.Stakers[i], r.Strategy));
            Assert.Equal((allocated - slashed).ToDouble() / 1e18, ledger.EdgeMagnitude(e));
        }
    }

    [Fact]
    public void Reset_returns_to_the_starting_allocations_with_a_fresh_core()
    {
        var world = World();
        var ledger = new ExactLedger(world);
        ledger.Reset();
        var first = ledger.Restaking;
        ledger.Slash(0);
        Assert.True(ledger.OperatorFactor(world.EdgeOperator[0]) < 1);
        ledger.Reset();
        Assert.NotSame(first, ledger.Restaking);
        for (var i = 0; i < world.OperatorIds.Length; i++) Assert.Equal(1.0, ledger.OperatorFactor(i));
        for (var e = 0; e < world.EdgeMagnitude.Length; e++)
            Assert.Equal(RestakingCore.Wad18(world.EdgeMagnitude[e]).ToDouble() / 1e18, ledger.EdgeMagnitude(e));
    }
}
