using System.Runtime.CompilerServices;
using Restake.Numerics.Random;

namespace Restake.Simulation.Slashing;

/// <summary>
/// One path of the slashing workload. Days are independent and x_i only multiplies, so a path is sampled through the
/// counts that determine it, with exactly the reference dynamics' distribution: S_k ~ Bin(days, q_k) shocked days per
/// group; for each AVS j of group k, N_j ~ Bin(days − S_k, p_j) + Bin(S_k, p'_k) faults; for each fault and each
/// operator allocated to j, an independent Bernoulli(r) decides whether x_i ← x_i · (1 − f_j·m_ij).
/// NAV is 1 − Σ w_i (1 − x_i), which equals Σ w_i x_i for weights summing to 1.
/// </summary>
internal static class SlashingKernel
{
    /// <summary>Stream process of the slashing workload (every draw of a path comes from this one stream).</summary>
    public static readonly uint Process = RandomProcess.FromName("slashing-mc");

    /// <summary>Simulates one path and returns its NAV; <paramref name="stake"/> is scratch sized to the weighted operators.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Path(SlashingModel model, RandomStream stream, Span<double> stake)
    {
        stake.Fill(1.0);
        var days = model.Days;
        var groupStart = model.GroupAvsStart;
        for (var k = 0; k < model.GroupShocks.Length; k++)
        {
            var shocked = model.GroupShocks[k].Sample(stream, days);
            if (shocked == 0)
            {
                CalmGroup(model, k, stream, stake);
                continue;
            }

            var shockedFaults = model.ShockedFaults[k];
            for (var j = groupStart[k]; j < groupStart[k + 1]; j++)
            {
                var faults = model.AvsCalmFaults[j].Sample(stream, days - shocked);
                faults += shockedFaults.Sample(stream, shocked);
                Implicate(model, j, faults, stream, stake);
            }
        }

        // 1 − Σ w_i (1 − x_i) rather than Σ w_i x_i: an untouched path is then exactly 1 even when the file's
        // weights sum to 1 only up to decimal rounding, so "NAV < 1" means "lost something".
        var weights = model.Weights;
        var loss = 0.0;
        for (var i = 0; i < weights.Length; i++) loss += weights[i] * (1 - stake[i]);
        return 1 - loss;
    }

    /// <summary>
    /// A group with no shocked day: one uniform decides "no AVS of the group faults" (the usual case); otherwise AVSs
    /// are drawn in order conditioned on some fault among those left, until the first one that faults.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CalmGroup(SlashingModel model, int k, RandomStream stream, Span<double> stake)
    {
        if (stream.NextDouble() < model.GroupCalmQuiet[k]) return;
        var days = model.Days;
        var conditioned = true;
        for (var j = model.GroupAvsStart[k]; j < model.GroupAvsStart[k + 1]; j++)
        {
            int faults;
            if (!conditioned)
            {
                faults = model.AvsCalmFaults[j].Sample(stream, days);
            }
            else if (stream.NextDouble() < model.AvsQuietGivenGroupFault[j])
            {
                continue;
            }
            else
            {
                faults = model.AvsCalmFaults[j].SampleAtLeastOne(stream, days);
                conditioned = false;
            }

            Implicate(model, j, faults, stream, stake);
        }
    }

    /// <summary>Each of the AVS's <paramref name="faults"/> implicates each allocated operator with probability r.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Implicate(SlashingModel model, int j, int faults, RandomStream stream, Span<double> stake)
    {
        if (faults == 0) return;
        var r = model.ImplicationProbability;
        var owner = model.AllocationOperator;
        var survival = model.AllocationSurvival;
        for (var a = model.AvsAllocationStart[j]; a < model.AvsAllocationStart[j + 1]; a++)
            for (var f = 0; f < faults; f++)
                if (stream.NextDouble() < r)
                    stake[owner[a]] *= survival[a];
    }
}
