using BenchmarkDotNet.Attributes;
using Restake.Numerics;
using Restake.Protocols.Consensus;
using Restake.Protocols.LiquidStaking.Lido;
using static Restake.Protocols.Consensus.ConsensusConstants;

namespace Restake.Benchmarks.Staking;

/// <summary>
/// Cost of the exact staking engines a simulation steps through: one beacon epoch for an operator's validators
/// inside a 34 M ETH network, and one Lido day (deposits, withdrawal requests, the oracle report finalising them).
/// </summary>
[MemoryDiagnoser]
public class StakingBenchmarks
{
    private static readonly UInt256 E = Wad.One;
    private const ulong Day = 86_400;
    private BeaconState _state = null!;
    private Lido _lido = null!;
    private ulong _day;

    /// <summary>Tracked validators in the epoch; withdrawal requests per Lido day are a tenth of it.</summary>
    [Params(100, 10_000)]
    public int Validators { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _state = new BeaconState(epoch: 10, externalActiveBalance: 34_000_000 * GweiPerEth - (ulong)Validators * 32 * GweiPerEth);
        for (var i = 0; i < Validators; i++) _state.AddValidator(new Validator(WithdrawalCredentials.Eth1, 32 * GweiPerEth));
        Slashing.SlashValidator(_state, 0);
        _lido = Lido.FromTotals(9_000_000 * E, 7_500_000 * E, 8_950_000 * E, LidoFees.Mainnet, SanityLimits.Mainnet);
        _day = 1;
    }

    [Benchmark]
    public EpochSummary BeaconEpoch() => EpochTransition.Process(_state, EpochParticipation.Network(990_000));

    [Benchmark]
    public OracleReportResult LidoDay()
    {
        var now = ++_day * Day;
        for (var i = 0; i < Validators / 10; i++)
        {
            _lido.Submit("u", 2 * E);
            _lido.WithdrawalQueue.Request("u", E, now - Day);
        }

        _lido.ReceiveElRewards(E);
        return _lido.HandleOracleReport(new OracleReport(_lido.ClBalance + 100 * E, 0, UInt256.Zero, E, now, Day));
    }
}
