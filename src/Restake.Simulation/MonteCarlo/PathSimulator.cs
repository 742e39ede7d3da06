using Restake.Numerics.Random;
using Restake.Scenarios.Model;
using Restake.Simulation.Processes;
using Restake.Simulation.Results;
using Restake.Simulation.World;

namespace Restake.Simulation.MonteCarlo;

/// <summary>
/// Simulates one path of a world day by day (step by step): prices, then rewards on the state at the start of the
/// step, then the step's events (AVS faults through common factors, consensus slashing incidents, contract failures,
/// withdrawal runs), then the liquid tokens' redemption values, the lending markets (interest, liquidations) and the
/// pools (panic selling, runs, liquidators' sales, arbitrage), and finally every strategy's wealth with its per-layer
/// attribution. The restaking ledger and the pools are engines: doubles on the fast path, the exact protocol engines on
/// the exact path; everything else is this one model, so both paths simulate the same world.
/// </summary>
public sealed partial class PathSimulator
{
    private readonly WorldModel _w;
    private readonly EngineSet _engines;
    private readonly PathState _s;
    private readonly RandomStream _eth, _faults, _slashing, _own, _contracts, _runs;
    private readonly RandomStream[] _tokens;
    private readonly EventClock[] _faultClocks, _slashClocks, _ownClocks, _contractClocks, _runClocks;
    private readonly double[] _tokenRatio;
    private readonly bool[] _slashed, _faulted;
    private bool _anySlashed, _anyFaulted, _anyFailure, _anyRun;
    private readonly double[][] _restakeWeights;
    private readonly ulong _seed;

    /// <summary>A simulator of <paramref name="world"/> driving <paramref name="engines"/>, with streams keyed by <paramref name="seed"/>.</summary>
    public PathSimulator(WorldModel world, EngineSet engines, ulong seed)
    {
        _w = world;
        _engines = engines;
        _seed = seed;
        _s = new PathState(world);
        _eth = new RandomStream(seed, 0, world.EthPrice.Process);
        _tokens = world.Tokens.Select(t => new RandomStream(seed, 0, t.Process)).ToArray();
        _faults = new RandomStream(seed, 0, StreamProcesses.AvsFaults);
        _slashing = new RandomStream(seed, 0, StreamProcesses.ConsensusSlashing);
        _own = new RandomStream(seed, 0, StreamProcesses.OwnSlashing);
        _contracts = new RandomStream(seed, 0, StreamProcesses.ContractFailures);
        _runs = new RandomStream(seed, 0, StreamProcesses.WithdrawalRuns);
        _faultClocks = new EventClock[world.FaultUnits.Length];
        _slashClocks = new EventClock[world.SlashingUnits.Length];
        _ownClocks = new EventClock[world.Strategies.Length];
        _contractClocks = new EventClock[world.Scenario.ContractRisks.Length];
        _runClocks = new EventClock[world.Liquid.Length];
        _tokenRatio = new double[world.Tokens.Length];
        _slashed = new bool[world.OperatorIds.Length];
        _faulted = new bool[world.AvsIds.Length];
        _factor = new double[world.OperatorIds.Length];
        _ethRate = new double[world.OperatorIds.Length];
        _ethRateNext = new double[world.OperatorIds.Length];
        _tokenRate = new double[world.Tokens.Length * world.OperatorIds.Length];
        _tokenRateNext = new double[world.Tokens.Length * world.OperatorIds.Length];
        _opRates = new double[4 * world.OperatorIds.Length];
        for (var i = 0; i < world.OperatorIds.Length; i++) _opRates[4 * i + 3] = 1;
        _opNet = new double[world.OperatorIds.Length];
        _opAvsRatio = new double[world.OperatorIds.Length];
        Layout = new SeriesLayout(world);
        _arbitrageTarget = ArbitrageTargets();
        _restakeWeights = world.Strategies.Select(st => world.OperatorIds.Select((_, i) => i == st.Operator ? 1.0 : 0.0).ToArray()).ToArray();
    }

    /// <summary>
    /// Takes no shortcut over quiet steps: reads the ledger back, runs every slashing pass and rebuilds every LST's
    /// changes at each step. The results are the same bits; the switch exists to check that they are.
    /// </summary>
    internal bool StepByStep { get; init; }

    /// <summary>Which series are recorded at which steps.</summary>
    public SeriesLayout Layout { get; }

    /// <summary>A path record sized for this simulator's world and layout.</summary>
    public PathRecord NewRecord() =>
        new(_w.Strategies.Length, YieldLayers.Count, _w.Liquid.Length, Layout.Series.Length, Layout.Points);

    /// <summary>
    /// Simulates path <paramref name="path"/> into <paramref name="record"/>; its recorded points only when
    /// <paramref name="recordPoints"/> (recording reads the state and changes nothing else, so the path is the same).
    /// </summary>
    public void Run(long path, PathRecord record, bool recordPoints = true)
    {
        Reset((ulong)path);
        if (recordPoints) Record(record, 0);
        var pointOfStep = Layout.PointOfStep;
        for (var k = 0; k < _w.Steps; k++)
        {
            Step(k);
            if (recordPoints && pointOfStep[k] is var p and >= 0) Record(record, p);
        }

        Finish(record);
    }

    private void Reset(ulong path)
    {
        _eth.Reset(new StreamKey(_seed, path, _w.EthPrice.Process));
        for (var t = 0; t < _tokens.Length; t++) _tokens[t].Reset(new StreamKey(_seed, path, _w.Tokens[t].Process));
        _faults.Reset(new StreamKey(_seed, path, StreamProcesses.AvsFaults));
        _slashing.Reset(new StreamKey(_seed, path, StreamProcesses.ConsensusSlashing));
        _own.Reset(new StreamKey(_seed, path, StreamProcesses.OwnSlashing));
        _contracts.Reset(new StreamKey(_seed, path, StreamProcesses.ContractFailures));
        _runs.Reset(new StreamKey(_seed, path, StreamProcesses.WithdrawalRuns));
        var w = _w;
        var steps = w.Steps;
        var full = w.StepDays[0];
        var last = w.StepDays[^1];
        var lastIsFull = last == full;
        for (var u = 0; u < w.FaultUnits.Length; u++)
            _faultClocks[u] = new EventClock(UnitProbability(u, full), UnitProbability(u, last), steps, lastIsFull, _faults);
        var cs = w.Scenario.Consensus.SlashingProbabilityPerYear;
        for (var u = 0; u < w.SlashingUnits.Length; u++)
            _slashClocks[u] = new EventClock(WorldModel.StepProbability(cs, full), WorldModel.StepProbability(cs, last), steps, lastIsFull, _slashing);
        for (var i = 0; i < w.Strategies.Length; i++)
            _ownClocks[i] = w.Strategies[i].Kind is StrategyKind.Stake or StrategyKind.Custodial
                ? new EventClock(WorldModel.StepProbability(cs, full), WorldModel.StepProbability(cs, last), steps, lastIsFull, _own)
                : default;
        var risks = w.Scenario.ContractRisks;
        for (var r = 0; r < risks.Length; r++)
            _contractClocks[r] = new EventClock(WorldModel.StepProbability(risks[r].AnnualFailureProbability, full),
                WorldModel.StepProbability(risks[r].AnnualFailureProbability, last), steps, lastIsFull, _contracts);
        var runs = w.Scenario.Holders.Runs;
        for (var t = 0; t < w.Liquid.Length; t++)
            _runClocks[t] = runs is null ? default : new EventClock(RunProbability(runs, full), RunProbability(runs, last), steps, lastIsFull, _runs);

        _engines.Ledger.Reset();
        foreach (var pool in _engines.Pools) pool.Reset();
        var s = _s;
        ReadLedger();
        TakeLedgerRead();
        Array.Clear(_slashed);
        Array.Clear(_faulted);
        Array.Fill(s.Failure, 1.0);
        Array.Clear(s.RunSell);
        _anySlashed = _anyFaulted = _anyFailure = _anyRun = false;
        _lstQuietDays = double.NaN;
        s.EthPrice = w.EthPrice.Initial;
        for (var t = 0; t < w.Tokens.Length; t++) s.TokenPrice[t] = w.Tokens[t].Initial;
        Array.Fill(s.ConsensusFactor, 1.0);
        Array.Fill(s.Nav, 1.0);
        Array.Fill(s.NavPeak, 1.0);
        var ops = w.OperatorIds.Length;
        for (var k = 0; k < w.Liquid.Length; k++) w.Liquid[k].Weights.CopyTo(s.Holdings, k * ops);
        Array.Fill(s.MinPrice, 1.0);
        Array.Clear(s.BelowPeg);
        for (var t = 0; t < w.Liquid.Length; t++)
        {
            var pool = w.Liquid[t].Pool;
            s.Holders[t] = Math.Max(0, w.Liquid[t].TvlEth - (pool >= 0 ? w.Pools[pool].TokenBalance : 0));
        }

        for (var p = 0; p < w.Pools.Length; p++) s.PoolPrice[p] = _engines.Pools[p].Price();
        for (var m = 0; m < w.Markets.Length; m++)
        {
            s.LooperCollateral[m] = w.Markets[m].LooperCollateral;
            s.LooperDebt[m] = w.Markets[m].LooperDebt;
        }

        Array.Clear(s.MarketBadDebt);
        Array.Fill(s.Wealth, 1.0);
        Array.Fill(s.Peak, 1.0);
        Array.Clear(s.Drawdown);
        Array.Clear(s.Contributions);
        Array.Clear(s.Liquidations);
        Array.Clear(s.BadDebt);
        for (var i = 0; i < w.Strategies.Length; i++) _restakeWeights[i].CopyTo(s.RestakeHolding, i * ops);
        for (var i = 0; i < w.Strategies.Length; i++)
        {
            var st = w.Strategies[i];
            s.LoopCollateral[i] = st.Leverage;
            s.LoopDebt[i] = st.Leverage - 1;
        }
    }

    private double UnitProbability(int unit, double days)
    {
        var q = 0.0;
        foreach (var j in _w.FaultUnits[unit]) q = Math.Max(q, WorldModel.StepProbability(_w.AvsFaultPerYear[j], days));
        return q;
    }

    private static double RunProbability(WithdrawalRuns runs, double days) => -WorldModel.ExpM1(-runs.IntensityPerYear * days / 365.0);

    private void Step(int k)
    {
        var w = _w;
        var s = _s;
        var days = w.StepDays[k];
        var t = days / 365.0;
        s.EthPrice = w.EthPrice.Next(s.EthPrice, k, days, _eth);
        for (var i = 0; i < _tokens.Length; i++)
        {
            var next = w.Tokens[i].Next(s.TokenPrice[i], k, days, _tokens[i]);
            s.TokenPrice[i] = next;
            _tokenRatio[i] = next / w.Tokens[i].Initial / (s.EthPrice / w.EthPrice.Initial);
        }

        if (StepByStep) ReadLedger();
        Events(k, days);
        // Step by step, every pass runs as if something had happened (and the next step re-reads the ledger).
        if (StepByStep) _anyFaulted = _anySlashed = _anyFailure = _anyRun = true;
        OperatorChanges(t);
        UpdateTokens(t);
        UpdateMarkets(k, t, days);
        UpdateStrategies(k, t);
    }

    /// <summary>
    /// The step's events. Flags and arrays set by a previous step are cleared only when something was set, and the
    /// ledger is read back only after it slashed: most steps have no event at all.
    /// </summary>
    private void Events(int k, double days)
    {
        var w = _w;
        var s = _s;
        var ledger = _engines.Ledger;

        if (_anyFaulted)
        {
            // Yesterday's slashes are today's starting factors and allocations.
            TakeLedgerRead();
            Array.Clear(_faulted);
            _anyFaulted = false;
        }

        for (var u = 0; u < w.FaultUnits.Length; u++)
        {
            if (!_faultClocks[u].Fires(k, _faults)) continue;
            var unit = w.FaultUnits[u];
            if (unit.Length == 1)
            {
                _faulted[unit[0]] = true;
                _anyFaulted = true;
                continue;
            }

            // One common factor per group: AVS j faults when the group's uniform falls below its own probability,
            // which keeps each AVS's marginal law and makes the group's faults comonotone.
            var v = _faults.NextDouble() * UnitProbability(u, days);
            foreach (var j in unit)
                if (v < WorldModel.StepProbability(w.AvsFaultPerYear[j], days))
                {
                    _faulted[j] = true;
                    _anyFaulted = true;
                }
        }

        if (_anyFaulted)
        {
            for (var j = 0; j < _faulted.Length; j++)
                if (_faulted[j]) ledger.Slash(j);
            ReadLedger();
        }

        if (_anySlashed)
        {
            Array.Clear(_slashed);
            _anySlashed = false;
        }

        for (var u = 0; u < w.SlashingUnits.Length; u++)
            if (_slashClocks[u].Fires(k, _slashing))
            {
                foreach (var i in w.SlashingUnits[u]) _slashed[i] = true;
                _anySlashed = true;
            }

        if (_anyFailure)
        {
            Array.Fill(s.Failure, 1.0);
            _anyFailure = false;
        }

        var risks = w.Scenario.ContractRisks;
        for (var r = 0; r < risks.Length; r++)
            if (_contractClocks[r].Fires(k, _contracts))
            {
                s.Failure[(int)risks[r].Layer] *= 1 - risks[r].LossGivenFailure;
                _anyFailure = true;
            }

        var runs = w.Scenario.Holders.Runs;
        if (runs is null) return;
        if (_anyRun)
        {
            Array.Clear(s.RunSell);
            _anyRun = false;
        }

        for (var t = 0; t < w.Liquid.Length; t++)
            if (_runClocks[t].Fires(k, _runs))
            {
                s.RunSell[t] = runs.FractionOfSupply;
                _anyRun = true;
            }
    }
}
