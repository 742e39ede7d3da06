using Restake.Numerics;

namespace Restake.Protocols.Stack;

/// <summary>Splits an amount over weighted legs: ⌊amount·w/Σw⌋ each, the rounding remainder to the last leg.</summary>
public static class AllocationPolicy
{
    /// <summary>The parts of <paramref name="amount"/>; they sum to it exactly.</summary>
    public static UInt256[] Split(UInt256 amount, IReadOnlyList<uint> weights)
    {
        if (weights.Count == 0) throw new ArgumentException("at least one leg", nameof(weights));
        UInt256 total = 0;
        foreach (var w in weights) total += w;
        if (total.IsZero) throw new ArgumentException("weights must not all be zero", nameof(weights));
        var parts = new UInt256[weights.Count];
        UInt256 given = 0;
        for (var k = 0; k < parts.Length - 1; k++)
        {
            parts[k] = UInt256.MulDiv(amount, weights[k], total, Rounding.Down);
            given += parts[k];
        }

        parts[^1] = amount - given;
        return parts;
    }
}
