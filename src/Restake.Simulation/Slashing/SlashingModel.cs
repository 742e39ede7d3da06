using Restake.Numerics.Random;

namespace Restake.Simulation.Slashing;

/// <summary>
/// A <see cref="SlashingInstance"/> compiled into flat arrays (structure of arrays) for the kernel. Only what can move
/// the LRT's NAV is kept: operators with a positive weight, their allocations, the AVSs those allocations point to and
/// the groups of those AVSs. AVSs are ordered by group and allocations by AVS, so each level is a contiguous range.
/// </summary>
internal sealed class SlashingModel
{
    public int Days { get; }
    public double ImplicationProbability { get; }

    /// <summary>Weights of the operators the LRT delegates to (index = weighted-operator number).</summary>
    public double[] Weights { get; }

    public SmallMeanBinomial[] GroupShocks { get; }
    public SmallMeanBinomial[] ShockedFaults { get; }
    public int[] GroupAvsStart { get; } // AVSs of group k: [GroupAvsStart[k], GroupAvsStart[k + 1])

    public SmallMeanBinomial[] AvsCalmFaults { get; }

    /// <summary>P(no AVS of group k faults over <see cref="Days"/> calm days).</summary>
    public double[] GroupCalmQuiet { get; }

    /// <summary>
    /// P(AVS j has no fault over all-calm days | some AVS of its group from j on faults) = z_j (1 − Z_{j+1}) / (1 − Z_j),
    /// with z_j = (1 − p_j)^days and Z_j the product of z over j and the AVSs after it in the group.
    /// </summary>
    public double[] AvsQuietGivenGroupFault { get; }
    public int[] AvsAllocationStart { get; } // allocations of AVS j: [AvsAllocationStart[j], AvsAllocationStart[j + 1])

    public int[] AllocationOperator { get; }

    /// <summary>1 − f_j · m_ij: what one implicated slash leaves of the operator's stake.</summary>
    public double[] AllocationSurvival { get; }

    public SlashingModel(SlashingInstance instance)
    {
        Days = instance.Days;
        ImplicationProbability = instance.ImplicationProbability;

        var weighted = instance.Operators.Select(o => o.Id)
            .Where(id => instance.LrtWeights.GetValueOrDefault(id) > 0)
            .Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index, StringComparer.Ordinal);
        Weights = new double[weighted.Count];
        foreach (var (id, index) in weighted) Weights[index] = instance.LrtWeights[id];

        var avsById = instance.Avss.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var live = instance.Allocations.Where(a => weighted.ContainsKey(a.Operator)).ToList();
        var liveAvs = live.Select(a => a.Avs).ToHashSet(StringComparer.Ordinal);
        var groups = instance.Groups.Where(g => instance.Avss.Any(a => a.Group == g.Id && liveAvs.Contains(a.Id))).ToList();

        GroupShocks = new SmallMeanBinomial[groups.Count];
        ShockedFaults = new SmallMeanBinomial[groups.Count];
        GroupAvsStart = new int[groups.Count + 1];
        var avss = new List<SlashingAvs>();
        for (var k = 0; k < groups.Count; k++)
        {
            GroupShocks[k] = new SmallMeanBinomial(groups[k].DailyShockProbability, Days);
            ShockedFaults[k] = new SmallMeanBinomial(groups[k].FaultProbabilityWhenShocked, Days);
            GroupAvsStart[k] = avss.Count;
            avss.AddRange(instance.Avss.Where(a => a.Group == groups[k].Id && liveAvs.Contains(a.Id)));
        }

        GroupAvsStart[groups.Count] = avss.Count;
        AvsCalmFaults = avss.Select(a => new SmallMeanBinomial(a.DailyFaultProbability, Days)).ToArray();
        GroupCalmQuiet = new double[groups.Count];
        AvsQuietGivenGroupFault = new double[avss.Count];
        for (var k = 0; k < groups.Count; k++)
        {
            var quietFromHere = 1.0; // Z_{j+1}
            for (var j = GroupAvsStart[k + 1] - 1; j >= GroupAvsStart[k]; j--)
            {
                var quiet = AvsCalmFaults[j].ProbabilityOfZero(Days);
                var quietFromJ = quiet * quietFromHere;
                AvsQuietGivenGroupFault[j] = quietFromJ < 1 ? quiet * (1 - quietFromHere) / (1 - quietFromJ) : 1;
                quietFromHere = quietFromJ;
            }

            GroupCalmQuiet[k] = quietFromHere;
        }

        AvsAllocationStart = new int[avss.Count + 1];
        var allocations = new List<(int Operator, double Survival)>();
        for (var j = 0; j < avss.Count; j++)
        {
            AvsAllocationStart[j] = allocations.Count;
            var slash = avsById[avss[j].Id].SlashFraction;
            allocations.AddRange(live.Where(a => a.Avs == avss[j].Id)
                .Select(a => (weighted[a.Operator], 1 - slash * a.Magnitude)));
        }

        AvsAllocationStart[avss.Count] = allocations.Count;
        AllocationOperator = allocations.Select(a => a.Operator).ToArray();
        AllocationSurvival = allocations.Select(a => a.Survival).ToArray();
    }
}
