using CsCheck;
using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;
using Restake.Protocols.Restaking.EigenLayer.StateSnapshots;
using static Restake.Protocols.Tests.Restaking.EigenLayer.TestWorld;

namespace Restake.Protocols.Tests.Restaking.EigenLayer;

/// <summary>One random operation: a kind and raw choices that <see cref="RandomOps.Apply"/> interprets.</summary>
internal readonly record struct Op(int Kind, int A, int B, int C, ulong R);

/// <summary>
/// Random operation sequences over a small world (accounts 0–2 may be operators, 3–5 stakers, 6–7 AVSs), mixing
/// valid calls with wrong callers, excessive amounts and early completions.
/// </summary>
internal static class RandomOps
{
    public const int Kinds = 17;
    public const int SlashKind = 10;

    public static readonly Gen<Op> OpGen = Gen.Select(Gen.Int[0, Kinds - 1], Gen.Int[0, 7], Gen.Int[0, 7], Gen.Int[0, 7], Gen.ULong,
        (k, a, b, c, r) => new Op(k, a, b, c, r));

    public static Gen<Op[]> Sequence(int min, int max) => OpGen.Array[min, max];

    private static readonly UInt256[] Amounts = [UInt256.Zero, 1, 999, 1000, E, 100 * E, 12_345 * E];
    private static readonly UInt256[] Magnitudes = [UInt256.Zero, 1, E / 4, E / 3, E / 2, E];
    private static readonly UInt256[] Wads = [UInt256.One, U("333333333333333333"), E / 2, U("999999999999999999"), E, UInt256.Zero, E + UInt256.One];

    /// <summary>A world with operators 0 and 1 registered, two sets of AVS 6, some deposits, delegations and allocations.</summary>
    public static TestWorld NewWorld()
    {
        var w = new TestWorld(new EigenLayerConfig
        {
            MinWithdrawalDelayBlocks = 5, DeallocationDelay = 10, AllocationConfigurationDelay = 7, SlasherConfigurationDelay = 7,
        });
        var (op0, op1, avs) = (w.Accounts[0], w.Accounts[1], w.Accounts[6]);
        w.RegisterOperator(op0);
        w.RegisterOperator(op1, 2);
        var s0 = w.CreateSet(avs, 0, w.StrategyA, w.StrategyB);
        var s1 = w.CreateSet(avs, 1, w.StrategyA);
        w.Register(op0, s0);
        w.Register(op0, s1);
        w.Register(op1, s0);
        for (var i = 3; i <= 5; i++)
        {
            w.Deposit(w.Accounts[i], w.StrategyA, 100 * E);
            w.Deposit(w.Accounts[i], w.StrategyB, 50 * E);
        }

        w.Next().DelegationManager.DelegateTo(w.Accounts[3], op0);
        w.Next().DelegationManager.DelegateTo(w.Accounts[4], op1);
        w.Allocate(op0, s0, w.StrategyA, E / 2);
        w.Allocate(op0, s1, w.StrategyA, E / 4);
        w.Allocate(op0, s0, w.StrategyB, E);
        w.Allocate(op1, s0, w.StrategyA, E / 2);
        w.Core.AdvanceBlocks(3);
        return w;
    }

    /// <summary>The operator set an operation targets: mostly AVS 6's sets 0–2, sometimes AVS 7's.</summary>
    public static OperatorSet SetOf(TestWorld w, Op op) => new(w.Accounts[op.C % 4 == 3 ? 7 : 6], (uint)(op.B % 3));

    private static Address Strategy(TestWorld w, int i) => i % 2 == 0 ? w.StrategyA : w.StrategyB;

    private static UInt256 Pick(UInt256[] table, ulong r, UInt256 modulus)
    {
        var i = (int)(r % (ulong)(table.Length + 1));
        return i < table.Length ? table[i] : (UInt256)(r >> 8) % modulus;
    }

    /// <summary>Executes one operation in the next block; returns null on success or the revert error.</summary>
    public static string? Apply(TestWorld w, Op op) => ApplyAs(w, op, null);

    /// <summary>As <see cref="Apply"/>, optionally forcing the caller.</summary>
    public static string? ApplyAs(TestWorld w, Op op, Address? forcedCaller)
    {
        var core = w.Core;
        var acc = w.Accounts;
        var any = forcedCaller ?? acc[op.A];
        var set = SetOf(w, op);
        try
        {
            if (op.Kind == 13)
            {
                core.AdvanceBlocks(1 + (long)(op.R % 12));
                return null;
            }

            core.AdvanceBlocks(1);
            switch (op.Kind)
            {
                case 0:
                    core.StrategyManager.DepositIntoStrategy(any, Strategy(w, op.B), op.C == 7 ? w.TokenOf(Strategy(w, op.B + 1)) : w.TokenOf(Strategy(w, op.B)),
                        Pick(Amounts, op.R, U("1000000000000000000000000")));
                    break;
                case 1:
                    core.DelegationManager.DelegateTo(any, acc[op.B % 3]);
                    break;
                case 2:
                    core.DelegationManager.RegisterAsOperator(any, Address.Zero, (uint)(op.R % 4), "op");
                    break;
                case 3:
                    core.DelegationManager.Undelegate(forcedCaller ?? (op.C < 5 ? acc[op.B] : any), acc[op.B]);
                    break;
                case 4:
                {
                    var staker = forcedCaller ?? acc[op.A];
                    var s = Strategy(w, op.B);
                    var held = core.StrategyManager.StakerDepositShares(staker, s);
                    var x = (op.R % 5) switch { 0 => held, 1 => held / 2, 2 => UInt256.One, 3 => held + UInt256.One, _ => UInt256.Zero };
                    core.DelegationManager.QueueWithdrawals(staker, [new QueuedWithdrawalParams([s], [x])]);
                    break;
                }

                case 5:
                {
                    var staker = acc[op.A];
                    var queued = core.DelegationManager.GetQueuedWithdrawalStructs(staker);
                    if (queued.Count == 0) return "NothingQueued";
                    var wd = queued[op.C % queued.Count];
                    var caller = forcedCaller ?? (op.B == 0 ? acc[(op.A + 1) % 8] : staker);
                    var tokens = wd.Strategies.Select(s => op.B == 1 ? w.TokenA : w.TokenOf(s)).ToArray();
                    core.DelegationManager.CompleteQueuedWithdrawal(caller, wd, tokens, (op.R & 1) == 0);
                    break;
                }

                case 6:
                    if (!core.AllocationManager.HasAvsMetadata(set.Avs) || op.R % 4 == 0)
                        core.AllocationManager.UpdateAVSMetadataURI(forcedCaller ?? set.Avs, set.Avs, "avs");
                    else
                        core.AllocationManager.CreateOperatorSets(forcedCaller ?? set.Avs, set.Avs,
                            [new CreateSetParams(set.Id, op.R % 3 == 0 ? [w.StrategyA, w.StrategyB] : [Strategy(w, (int)(op.R >> 3))])]);
                    break;
                case 7:
                    core.AllocationManager.RegisterForOperatorSets(forcedCaller ?? acc[op.A % 3], acc[op.A % 3], set.Avs, [set.Id]);
                    break;
                case 8:
                    core.AllocationManager.DeregisterFromOperatorSets(forcedCaller ?? (op.R % 2 == 0 ? acc[op.A % 3] : set.Avs), acc[op.A % 3], set.Avs, [set.Id]);
                    break;
                case 9:
                    core.AllocationManager.ModifyAllocations(forcedCaller ?? acc[op.A % 3], acc[op.A % 3],
                        [new AllocateParams(set, [Strategy(w, (int)(op.R >> 5))], [(ulong)Pick(Magnitudes, op.R, E)])]);
                    break;
                case SlashKind:
                {
                    var strategies = ((op.R >> 4) % 4) switch
                    {
                        0 => new[] { w.StrategyA, w.StrategyB },
                        1 => [w.StrategyB, w.StrategyA],
                        2 => [w.StrategyB],
                        _ => [w.StrategyA],
                    };
                    var wads = strategies.Select((_, i) => Pick(Wads, op.R >> (8 * i + 8), E)).ToArray();
                    core.AllocationManager.SlashOperator(forcedCaller ?? set.Avs, set.Avs, new SlashingParams(acc[op.A % 3], set.Id, strategies, wads));
                    break;
                }

                case 11:
                    core.StrategyManager.ClearBurnOrRedistributableShares(any, set, 1 + op.R % 4);
                    break;
                case 12:
                    core.AllocationManager.ClearDeallocationQueue(any, acc[op.A % 3], [Strategy(w, op.B)], [(ushort)(op.R % 3)]);
                    break;
                case 14:
                    core.DelegationManager.Redelegate(any, acc[op.B % 3]);
                    break;
                case 15:
                    core.Tokens.Transfer(w.TokenOf(Strategy(w, op.B)), acc[op.A], Strategy(w, op.B), Pick(Amounts, op.R, 1_000_000));
                    break;
                default:
                    core.AllocationManager.SetAllocationDelay(forcedCaller ?? acc[op.A % 3], acc[op.A % 3], (uint)(op.R % 5));
                    break;
            }

            return null;
        }
        catch (RevertException e)
        {
            return e.Error;
        }
    }

    /// <summary>A snapshot of every account, operator candidate, AVS, strategy and token of the world.</summary>
    public static CoreSnapshot Snapshot(TestWorld w) => SnapshotCapture.Capture(w.Core,
        new SnapshotScope(w.Accounts, w.Accounts.Take(3).ToArray(), [w.Accounts[6], w.Accounts[7]], [w.StrategyA, w.StrategyB], [w.TokenA, w.TokenB]));
}
