using Restake.Simulation.Results;

namespace Restake.Reports.Exports;

/// <summary>The per-path results of a run as long tables: one row per (strategy, path) and one per (token, path).</summary>
public static class PathTables
{
    /// <summary>
    /// Columns: strategy, path, final_wealth, return, max_drawdown, liquidations, bad_debt, then one
    /// <c>layer_NAME</c> column per yield layer (contributions in ETH per ETH of capital; they sum to the return).
    /// </summary>
    public static ExportTable Strategies(SimulationOutput output)
    {
        var rows = output.Strategies.Sum(s => s.FinalWealth.Length);
        var strategy = new string[rows];
        var path = new int[rows];
        var wealth = new double[rows];
        var ret = new double[rows];
        var drawdown = new float[rows];
        var liquidations = new int[rows];
        var badDebt = new double[rows];
        var layers = YieldLayers.All.Select(_ => new float[rows]).ToArray();
        var row = 0;
        foreach (var s in output.Strategies)
        {
            for (var p = 0; p < s.FinalWealth.Length; p++, row++)
            {
                strategy[row] = s.StrategyId;
                path[row] = p;
                wealth[row] = s.FinalWealth[p];
                ret[row] = s.FinalWealth[p] - 1;
                drawdown[row] = s.MaxDrawdown[p];
                liquidations[row] = s.Liquidations[p];
                badDebt[row] = s.BadDebt[p];
                for (var l = 0; l < layers.Length; l++) layers[l][row] = s.Layers[l][p];
            }
        }

        var columns = new List<ExportColumn>
        {
            new("strategy", strategy), new("path", path), new("final_wealth", wealth), new("return", ret),
            new("max_drawdown", drawdown), new("liquidations", liquidations), new("bad_debt", badDebt),
        };
        columns.AddRange(YieldLayers.All.Select((layer, l) =>
            new ExportColumn("layer_" + YieldLayers.Name(layer).Replace('-', '_'), layers[l])));
        return new ExportTable("paths", columns);
    }

    /// <summary>Columns: token, pool (empty when none trades it), path, min_price_to_nav, days_below_peg, final_nav.</summary>
    public static ExportTable Tokens(SimulationOutput output)
    {
        var rows = output.Tokens.Sum(t => t.MinPriceToNav.Length);
        var token = new string[rows];
        var pool = new string[rows];
        var path = new int[rows];
        var minPrice = new float[rows];
        var daysBelow = new float[rows];
        var finalNav = new double[rows];
        var row = 0;
        foreach (var t in output.Tokens)
        {
            for (var p = 0; p < t.MinPriceToNav.Length; p++, row++)
            {
                token[row] = t.Token;
                pool[row] = t.Pool ?? "";
                path[row] = p;
                minPrice[row] = t.MinPriceToNav[p];
                daysBelow[row] = t.DaysBelowPeg[p];
                finalNav[row] = t.FinalNav[p];
            }
        }

        return new ExportTable("token-paths",
        [
            new("token", token), new("pool", pool), new("path", path), new("min_price_to_nav", minPrice),
            new("days_below_peg", daysBelow), new("final_nav", finalNav),
        ]);
    }
}
