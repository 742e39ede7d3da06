using Restake.Scenarios.Model;

namespace Restake.Simulation.World;

/// <summary>Operators, consensus-slashing units and the AVS edges of the world.</summary>
public sealed partial class WorldModel
{
    /// <summary>Operator ids in scenario order.</summary>
    public string[] OperatorIds { get; private set; } = [];

    /// <summary>Each operator's ETH stake.</summary>
    public double[] OperatorStake { get; private set; } = [];

    /// <summary>Each operator's commission on AVS rewards.</summary>
    public double[] OperatorCommission { get; private set; } = [];

    /// <summary>Each operator's share of all operators' stake (the LSTs' validator set).</summary>
    public double[] OperatorShare { get; private set; } = [];

    /// <summary>Consensus-slashing units: the operators of one correlation group, or a single ungrouped operator.</summary>
    public int[][] SlashingUnits { get; private set; } = [];

    /// <summary>AVS ids in scenario order.</summary>
    public string[] AvsIds { get; private set; } = [];

    /// <summary>Each AVS's slash fraction per fault.</summary>
    public double[] AvsSlashFraction { get; private set; } = [];

    /// <summary>Each AVS's annual fault probability.</summary>
    public double[] AvsFaultPerYear { get; private set; } = [];

    /// <summary>Each AVS's reward APR on allocated stake.</summary>
    public double[] AvsRewardApr { get; private set; } = [];

    /// <summary>Each AVS's reward token: index into <see cref="Tokens"/>, or −1 for ETH.</summary>
    public int[] AvsRewardToken { get; private set; } = [];

    /// <summary>Fault units: the AVSs of one correlation group (one common factor), or a single ungrouped AVS.</summary>
    public int[][] FaultUnits { get; private set; } = [];

    /// <summary>Edges of AVS j are [AvsEdgeStart[j], AvsEdgeStart[j + 1]).</summary>
    public int[] AvsEdgeStart { get; private set; } = [];

    /// <summary>Operator of each edge.</summary>
    public int[] EdgeOperator { get; private set; } = [];

    /// <summary>Magnitude (fraction of the operator's stake) each edge allocates at the start.</summary>
    public double[] EdgeMagnitude { get; private set; } = [];

    /// <summary>Operator-set id of each edge (for the exact engine).</summary>
    public string[] EdgeSet { get; private set; } = [];

    /// <summary>Index of an operator id.</summary>
    public int OperatorIndex(string id) => Array.IndexOf(OperatorIds, id);

    private void BuildOperators(Scenario s)
    {
        OperatorIds = s.Operators.Select(o => o.Id).ToArray();
        OperatorStake = s.Operators.Select(o => o.StakeEth).ToArray();
        OperatorCommission = s.Operators.Select(o => o.Commission).ToArray();
        var total = OperatorStake.Sum();
        OperatorShare = OperatorStake.Select(x => total > 0 ? x / total : 1.0 / OperatorStake.Length).ToArray();
        SlashingUnits = Units(s.Operators.Select(o => o.CorrelationGroup).ToArray());
    }

    private void BuildAvss(Scenario s)
    {
        AvsIds = s.Avss.Select(a => a.Id).ToArray();
        AvsSlashFraction = s.Avss.Select(a => a.SlashFraction).ToArray();
        AvsFaultPerYear = s.Avss.Select(a => a.FaultProbabilityPerYear).ToArray();
        AvsRewardApr = s.Avss.Select(a => a.Reward.AprOnAllocated).ToArray();
        var tokenIds = s.Assets.Tokens.Select(t => t.Id).ToList();
        AvsRewardToken = s.Avss.Select(a => a.Reward.Token == Scenario.Eth ? -1 : tokenIds.IndexOf(a.Reward.Token)).ToArray();
        for (var j = 0; j < AvsRewardToken.Length; j++)
            if (AvsRewardToken[j] < 0 && s.Avss[j].Reward.Token != Scenario.Eth)
                throw InputException.At(s.Name, $"avss[{j}]", "reward.token",
                    $"the simulation pays rewards in ETH or a priced token, not \"{s.Avss[j].Reward.Token}\"");
        FaultUnits = Units(s.Avss.Select(a => a.CorrelationGroup).ToArray());
        var start = new List<int> { 0 };
        var op = new List<int>();
        var mag = new List<double>();
        var set = new List<string>();
        foreach (var avs in s.Avss)
        {
            foreach (var os in avs.OperatorSets)
                foreach (var a in os.Allocations)
                {
                    op.Add(OperatorIndex(a.Operator));
                    mag.Add(a.Magnitude);
                    set.Add(os.Id);
                }

            start.Add(op.Count);
        }

        AvsEdgeStart = start.ToArray();
        EdgeOperator = op.ToArray();
        EdgeMagnitude = mag.ToArray();
        EdgeSet = set.ToArray();
    }

    /// <summary>Members grouped by correlation group (first appearance order), ungrouped members alone.</summary>
    private static int[][] Units(string?[] groups)
    {
        var units = new List<List<int>>();
        var byGroup = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i] is { } g)
            {
                if (!byGroup.TryGetValue(g, out var list))
                {
                    list = [];
                    byGroup[g] = list;
                    units.Add(list);
                }

                list.Add(i);
            }
            else
            {
                units.Add([i]);
            }
        }

        return units.Select(u => u.ToArray()).ToArray();
    }
}
