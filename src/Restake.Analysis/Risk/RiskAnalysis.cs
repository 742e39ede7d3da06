using Restake.Simulation.Results;

namespace Restake.Analysis.Risk;

/// <summary>Loss distribution, liquidations and depeg figures from per-path output (sorted copies; order-independent).</summary>
public static class RiskAnalysis
{
    /// <summary>The loss distribution of a strategy (loss = 1 − final wealth).</summary>
    public static LossDistribution Loss(StrategyPaths paths)
    {
        var n = paths.FinalWealth.Length;
        var loss = new double[n];
        double sum = 0;
        var losing = 0;
        for (var i = 0; i < n; i++)
        {
            loss[i] = 1 - paths.FinalWealth[i];
            sum += loss[i];
            if (loss[i] > 0) losing++;
        }

        Array.Sort(loss);
        var dd = paths.MaxDrawdown.Select(x => (double)x).ToArray();
        double ddSum = 0;
        foreach (var d in paths.MaxDrawdown) ddSum += d;
        Array.Sort(dd);
        return new LossDistribution(sum / n, Quantile(loss, 0.5), (double)losing / n,
            Quantile(loss, 0.95), TailMean(loss, 0.95), Quantile(loss, 0.99), TailMean(loss, 0.99),
            ddSum / n, Quantile(dd, 0.95), dd[^1]);
    }

    /// <summary>Liquidation figures of a strategy.</summary>
    public static LiquidationFigures Liquidations(StrategyPaths paths)
    {
        var n = paths.Liquidations.Length;
        long count = 0;
        var any = 0;
        double bad = 0, worst = 0;
        for (var i = 0; i < n; i++)
        {
            count += paths.Liquidations[i];
            if (paths.Liquidations[i] > 0) any++;
            bad += paths.BadDebt[i];
            worst = Math.Max(worst, paths.BadDebt[i]);
        }

        return new LiquidationFigures((double)any / n, (double)count / n, bad / n, worst);
    }

    /// <summary>Depeg figures of a traded token.</summary>
    public static DepegFigures Depeg(TokenPaths paths)
    {
        var n = paths.MinPriceToNav.Length;
        var depth = new double[n];
        double sum = 0, days = 0;
        int over1 = 0, over5 = 0;
        for (var i = 0; i < n; i++)
        {
            depth[i] = Math.Max(0, 1 - paths.MinPriceToNav[i]);
            sum += depth[i];
            if (depth[i] > 0.01) over1++;
            if (depth[i] > 0.05) over5++;
            days += paths.DaysBelowPeg[i];
        }

        Array.Sort(depth);
        var below = paths.DaysBelowPeg.Select(x => (double)x).ToArray();
        Array.Sort(below);
        return new DepegFigures(paths.Token, paths.Pool, sum / n, Quantile(depth, 0.5), Quantile(depth, 0.95),
            Quantile(depth, 0.99), depth[^1], (double)over1 / n, (double)over5 / n, days / n, Quantile(below, 0.95));
    }

    /// <summary>The ⌈level·n⌉-th smallest value (lower empirical quantile) of sorted values.</summary>
    public static double Quantile(double[] sorted, double level)
    {
        var k = Math.Max(1, (int)Math.Ceiling(level * sorted.Length));
        return sorted[k - 1];
    }

    /// <summary>Mean of the largest ⌈(1 − level)·n⌉ sorted values (CVaR of a loss distribution).</summary>
    public static double TailMean(double[] sorted, double level)
    {
        var tail = Math.Max(1, (int)Math.Ceiling((1 - level) * sorted.Length - 1e-9));
        double sum = 0;
        for (var i = sorted.Length - tail; i < sorted.Length; i++) sum += sorted[i];
        return sum / tail;
    }
}
