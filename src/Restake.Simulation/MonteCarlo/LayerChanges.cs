using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Restake.Simulation.Results;

namespace Restake.Simulation.MonteCarlo;

/// <summary>
/// The relative changes of a value over one step, per layer: rewards and fees add (applied together on the value at
/// the start of the step), then losses multiply in layer order. Applying them attributes every ETH of the change to
/// its layer, so the per-layer contributions sum to the value's total change.
/// </summary>
/// <remarks>
/// The per-layer arrays are padded to <see cref="Lanes"/> (whole 256-bit vectors) so every operation is a handful of
/// vector instructions; the padding lanes stay "no change" (add 0, factor 1). Sums are taken in one fixed order, so
/// results never depend on the hardware's vector width.
/// </remarks>
public sealed class LayerChanges
{
    /// <summary>Length of the per-layer arrays: <see cref="YieldLayers.Count"/> rounded up to whole vectors of four.</summary>
    public const int Lanes = 16;

    /// <summary>Additive relative changes (rewards, fees) per layer.</summary>
    public readonly double[] Add = new double[Lanes];

    /// <summary>Multiplicative factors (losses) per layer; 1 for none.</summary>
    public readonly double[] Factor = new double[Lanes];

    static LayerChanges()
    {
        if (YieldLayers.Count > Lanes) throw new InvalidOperationException($"{YieldLayers.Count} layers do not fit {Lanes} lanes.");
    }

    /// <summary>"No change".</summary>
    public LayerChanges() => Array.Fill(Factor, 1.0);

    /// <summary>Clears to "no change".</summary>
    public void Clear()
    {
        ref var a = ref MemoryMarshal.GetArrayDataReference(Add);
        ref var f = ref MemoryMarshal.GetArrayDataReference(Factor);
        var zero = Vector256<double>.Zero;
        var one = Vector256<double>.One;
        zero.StoreUnsafe(ref a, 0);
        zero.StoreUnsafe(ref a, 4);
        zero.StoreUnsafe(ref a, 8);
        zero.StoreUnsafe(ref a, 12);
        one.StoreUnsafe(ref f, 0);
        one.StoreUnsafe(ref f, 4);
        one.StoreUnsafe(ref f, 8);
        one.StoreUnsafe(ref f, 12);
    }

    /// <summary>Copies <paramref name="other"/>.</summary>
    public void CopyFrom(LayerChanges other)
    {
        other.Add.AsSpan().CopyTo(Add);
        other.Factor.AsSpan().CopyTo(Factor);
    }

    /// <summary>
    /// Composes: this (first) then <paramref name="inner"/> on the result — rewards of inner are earned on the value
    /// after this step's rewards, so its additive parts scale by (1 + Σ this.Add); factors multiply.
    /// </summary>
    public void Then(LayerChanges inner)
    {
        ref var a = ref MemoryMarshal.GetArrayDataReference(Add);
        ref var f = ref MemoryMarshal.GetArrayDataReference(Factor);
        ref var ia = ref MemoryMarshal.GetArrayDataReference(inner.Add);
        ref var iff = ref MemoryMarshal.GetArrayDataReference(inner.Factor);
        var scale = Vector256.Create(1 + SumOfAdds());
        for (nuint l = 0; l < Lanes; l += 4)
        {
            (Vector256.LoadUnsafe(ref a, l) + Vector256.LoadUnsafe(ref ia, l) * scale).StoreUnsafe(ref a, l);
            (Vector256.LoadUnsafe(ref f, l) * Vector256.LoadUnsafe(ref iff, l)).StoreUnsafe(ref f, l);
        }
    }

    /// <summary>Total relative change (final / initial − 1).</summary>
    public double Total() => Total(SumOfAdds(), NonUnitFactors());

    /// <summary><see cref="Total()"/> with <see cref="SumOfAdds"/> and <see cref="NonUnitFactors"/> already taken.</summary>
    public double Total(double sumOfAdds, uint nonUnitFactors) =>
        nonUnitFactors == 0 ? 1 + sumOfAdds - 1 : (1 + sumOfAdds) * ProductOfFactors() - 1;

    /// <summary>Σ Add over the layers, in a fixed order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double SumOfAdds() => Sum(ref MemoryMarshal.GetArrayDataReference(Add));

    /// <summary>True when no layer has a factor other than 1 (the step has no loss).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool NoFactors() => NonUnitFactors() == 0;

    /// <summary>
    /// Applies to <paramref name="value"/>, adding each layer's ETH to <paramref name="contributions"/> (at least
    /// <see cref="Lanes"/> long; the padding lane only ever receives zeros); returns the new value.
    /// </summary>
    public double Apply(double value, Span<double> contributions) =>
        Apply(value, contributions, SumOfAdds(), NonUnitFactors());

    /// <summary>
    /// <see cref="Apply(double, Span{double})"/> with <see cref="SumOfAdds"/> and <see cref="NonUnitFactors"/> already
    /// taken (a token's changes are applied to many holdings in a step and computed once).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Apply(double value, Span<double> contributions, double sumOfAdds, uint nonUnitFactors)
    {
        if (contributions.Length < Lanes) throw new ArgumentException($"Needs {Lanes} lanes.", nameof(contributions));
        ref var c = ref MemoryMarshal.GetReference(contributions);
        ref var a = ref MemoryMarshal.GetArrayDataReference(Add);
        var start = Vector256.Create(value);
        (Vector256.LoadUnsafe(ref c, 0) + start * Vector256.LoadUnsafe(ref a, 0)).StoreUnsafe(ref c, 0);
        (Vector256.LoadUnsafe(ref c, 4) + start * Vector256.LoadUnsafe(ref a, 4)).StoreUnsafe(ref c, 4);
        (Vector256.LoadUnsafe(ref c, 8) + start * Vector256.LoadUnsafe(ref a, 8)).StoreUnsafe(ref c, 8);
        (Vector256.LoadUnsafe(ref c, 12) + start * Vector256.LoadUnsafe(ref a, 12)).StoreUnsafe(ref c, 12);
        value += value * sumOfAdds;
        return nonUnitFactors == 0 ? value : ApplyFactors(value, ref c, nonUnitFactors);
    }

    private double ApplyFactors(double value, ref double c, uint mask)
    {
        // Losses are rare: walk only the layers whose factor is not 1, in layer order (each acts on what the previous left).
        while (mask != 0)
        {
            var l = BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            var delta = value * (Factor[l] - 1);
            Unsafe.Add(ref c, l) += delta;
            value += delta;
        }

        return value;
    }

    /// <summary>Bit l set when layer l's factor is not 1.</summary>
    public uint NonUnitFactors()
    {
        ref var f = ref MemoryMarshal.GetArrayDataReference(Factor);
        var one = Vector256<double>.One;
        var low = ~Vector256.Equals(Vector256.LoadUnsafe(ref f, 0), one).ExtractMostSignificantBits() & 0xF;
        low |= (~Vector256.Equals(Vector256.LoadUnsafe(ref f, 4), one).ExtractMostSignificantBits() & 0xF) << 4;
        low |= (~Vector256.Equals(Vector256.LoadUnsafe(ref f, 8), one).ExtractMostSignificantBits() & 0xF) << 8;
        low |= (~Vector256.Equals(Vector256.LoadUnsafe(ref f, 12), one).ExtractMostSignificantBits() & 0xF) << 12;
        return low;
    }

    private double ProductOfFactors()
    {
        ref var f = ref MemoryMarshal.GetArrayDataReference(Factor);
        var p = Vector256.LoadUnsafe(ref f, 0) * Vector256.LoadUnsafe(ref f, 4)
            * (Vector256.LoadUnsafe(ref f, 8) * Vector256.LoadUnsafe(ref f, 12));
        return p.GetElement(0) * p.GetElement(1) * (p.GetElement(2) * p.GetElement(3));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Sum(ref double a)
    {
        var s = Vector256.LoadUnsafe(ref a, 0) + Vector256.LoadUnsafe(ref a, 4)
            + (Vector256.LoadUnsafe(ref a, 8) + Vector256.LoadUnsafe(ref a, 12));
        return s.GetElement(0) + s.GetElement(1) + (s.GetElement(2) + s.GetElement(3));
    }
}
