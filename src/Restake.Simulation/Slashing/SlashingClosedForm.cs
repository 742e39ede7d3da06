namespace Restake.Simulation.Slashing;

/// <summary>
/// The exact mean NAV: E[NAV] = Σ_i w_i · E[daily factor_i]^days with
/// E[daily factor_i] = Π_k [q_k · Π_{j∈k} (1 − p'_k r f_j m_ij) + (1 − q_k) · Π_{j∈k} (1 − p_j r f_j m_ij)],
/// evaluated as 1 − Σ_i w_i (1 − E[factor_i]^days) like the kernel's NAV.
/// </summary>
public static class SlashingClosedForm
{
    /// <summary>The closed-form mean NAV of <paramref name="instance"/>.</summary>
    public static double MeanNav(SlashingInstance instance)
    {
        var avss = instance.Avss.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var allocations = instance.Allocations.ToLookup(a => a.Operator, StringComparer.Ordinal);
        var r = instance.ImplicationProbability;
        var loss = 0.0;
        foreach (var op in instance.Operators)
        {
            var weight = instance.LrtWeights.GetValueOrDefault(op.Id);
            if (weight == 0) continue;
            var daily = 1.0;
            foreach (var group in instance.Groups)
            {
                double shocked = 1, calm = 1;
                foreach (var allocation in allocations[op.Id])
                {
                    var avs = avss[allocation.Avs];
                    if (avs.Group != group.Id) continue;
                    var expectedCut = r * avs.SlashFraction * allocation.Magnitude;
                    shocked *= 1 - group.FaultProbabilityWhenShocked * expectedCut;
                    calm *= 1 - avs.DailyFaultProbability * expectedCut;
                }

                daily *= group.DailyShockProbability * shocked + (1 - group.DailyShockProbability) * calm;
            }

            loss += weight * (1 - Math.Pow(daily, instance.Days));
        }

        return 1 - loss;
    }
}
