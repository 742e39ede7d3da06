using Restake.Simulation.Results;

namespace Restake.Simulation.MonteCarlo;

/// <summary>
/// The relative changes of a value over one step, per layer: rewards and fees add (applied together on the value at
/// the start of the step), then losses multiply in layer order. Applying them attributes every ETH of the change to
/// its layer, so the per-layer contributions sum to the value's total change.
/// </summary>
public sealed class LayerChanges
{
    /// <summary>Additive relative changes (rewards, fees) per layer.</summary>
    public readonly double[] Add = new double[YieldLayers.Count];

    /// <summary>Multiplicative factors (losses) per layer; 1 for none.</summary>
    public readonly double[] Factor = new double[YieldLayers.Count];

    /// <summary>Clears to "no change".</summary>
    public void Clear()
    {
        Array.Clear(Add);
        Array.Fill(Factor, 1.0);
    }

    /// <summary>Copies <paramref name="other"/>.</summary>
    public void CopyFrom(LayerChanges other)
    {
        other.Add.CopyTo(Add, 0);
        other.Factor.CopyTo(Factor, 0);
    }

    /// <summary>
    /// Composes: this (first) then <paramref name="inner"/> on the result — rewards of inner are earned on the value
    /// after this step's rewards, so its additive parts scale by (1 + Σ this.Add); factors multiply.
    /// </summary>
    public void Then(LayerChanges inner)
    {
        var scale = 1.0;
        foreach (var a in Add) scale += a;
        for (var l = 0; l < Add.Length; l++)
        {
            Add[l] += inner.Add[l] * scale;
            Factor[l] *= inner.Factor[l];
        }
    }

    /// <summary>Total relative change (final / initial − 1).</summary>
    public double Total()
    {
        var v = 1.0;
        foreach (var a in Add) v += a;
        foreach (var f in Factor) v *= f;
        return v - 1;
    }

    /// <summary>Applies to <paramref name="value"/>, adding each layer's ETH to <paramref name="contributions"/>; returns the new value.</summary>
    public double Apply(double value, Span<double> contributions)
    {
        var start = value;
        for (var l = 0; l < Add.Length; l++)
        {
            var a = Add[l];
            if (a == 0) continue;
            var c = start * a;
            contributions[l] += c;
            value += c;
        }

        for (var l = 0; l < Factor.Length; l++)
        {
            var f = Factor[l];
            if (f == 1) continue;
            var c = value * (f - 1);
            contributions[l] += c;
            value += c;
        }

        return value;
    }
}
