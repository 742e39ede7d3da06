using Restake.Simulation.Results;

namespace Restake.Simulation.MonteCarlo;

/// <summary>Mutable per-path state of the simulator, allocated once per worker and reset for each path.</summary>
internal sealed class PathState
{
    /// <summary>Stride of the per-strategy contributions: the layers padded to whole vectors.</summary>
    public const int LayerStride = 16;

    public PathState(World.WorldModel w)
    {
        var ops = w.OperatorIds.Length;
        var liquid = w.Liquid.Length;
        var strategies = w.Strategies.Length;
        TokenPrice = new double[w.Tokens.Length];
        ConsensusFactor = new double[ops];
        FactorBefore = new double[ops];
        Nav = new double[liquid];
        NavPeak = new double[liquid];
        Holdings = new double[liquid * ops];
        Holders = new double[liquid];
        TokenChanges = Enumerable.Range(0, liquid).Select(_ => new LayerChanges()).ToArray();
        TokenTotal = new double[liquid];
        TokenSum = new double[liquid];
        TokenMask = new uint[liquid];
        RunSell = new double[liquid];
        MinPrice = new double[liquid];
        BelowPeg = new double[liquid];
        PoolPrice = new double[w.Pools.Length];
        LooperCollateral = new double[w.Markets.Length];
        LooperDebt = new double[w.Markets.Length];
        MarketBadDebt = new double[w.Markets.Length];
        MarketNewBadDebt = new double[w.Markets.Length];
        BorrowApr = new double[w.Markets.Length];
        Wealth = new double[strategies];
        Peak = new double[strategies];
        Drawdown = new double[strategies];
        Contributions = new double[strategies * LayerStride];
        Liquidations = new int[strategies];
        BadDebt = new double[strategies];
        LpShare = new double[strategies];
        LoopCollateral = new double[strategies];
        LoopDebt = new double[strategies];
        RestakeHolding = new double[strategies * ops];
        Sell = new double[liquid];
        PoolRevalued = new double[w.Pools.Length];
        PoolTraded = new double[w.Pools.Length];
        PoolFees = new double[w.Pools.Length];
        PoolTokenShare = new double[w.Pools.Length];
        SupplyApr = new double[w.Markets.Length];
        Scratch = new LayerChanges();
    }

    public double EthPrice;
    public readonly double[] TokenPrice;
    public readonly double[] ConsensusFactor;
    public readonly double[] FactorBefore;
    public readonly double[] Nav;
    public readonly double[] NavPeak;
    /// <summary>Each LRT's value with each operator [token * operators + operator] (its weight at the start).</summary>
    public readonly double[] Holdings;
    public readonly double[] Holders;
    public readonly LayerChanges[] TokenChanges;

    /// <summary>Each token's total relative change this step (TokenChanges[k].Total(), computed once per step).</summary>
    public readonly double[] TokenTotal;

    /// <summary>Each token's Σ of additive changes this step (TokenChanges[k].SumOfAdds()).</summary>
    public readonly double[] TokenSum;

    /// <summary>Each token's layers with a loss this step (TokenChanges[k].NonUnitFactors()).</summary>
    public readonly uint[] TokenMask;
    public readonly double[] RunSell;
    public readonly double[] MinPrice;
    public readonly double[] BelowPeg;
    public readonly double[] PoolPrice;
    public readonly double[] LooperCollateral;
    public readonly double[] LooperDebt;
    public readonly double[] MarketBadDebt;
    public readonly double[] MarketNewBadDebt;
    public readonly double[] BorrowApr;
    public readonly double[] Wealth;
    public readonly double[] Peak;
    public readonly double[] Drawdown;
    public readonly double[] Contributions;
    public readonly int[] Liquidations;
    public readonly double[] BadDebt;
    public readonly double[] LpShare;
    public readonly double[] LoopCollateral;
    public readonly double[] LoopDebt;
    /// <summary>Each restake strategy's value with each operator [strategy * operators + operator].</summary>
    public readonly double[] RestakeHolding;
    public readonly double[] Sell;
    public readonly double[] PoolRevalued;
    public readonly double[] PoolTraded;
    public readonly double[] PoolFees;
    public readonly double[] PoolTokenShare;
    public readonly double[] SupplyApr;
    public readonly LayerChanges Scratch;
    public readonly double[] Failure = new double[Enum.GetValues<Restake.Scenarios.Model.ContractLayer>().Length];
}
