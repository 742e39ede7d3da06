namespace Restake.Numerics.Random;

/// <summary>ln(k!) for non-negative integers: a table for small k, Stirling's series beyond (error below 1e-14).</summary>
public static class LogFactorial
{
    private const int TableSize = 256;
    private static readonly double[] Table = BuildTable();

    /// <summary>ln(k!) for k ≥ 0.</summary>
    public static double Of(double k)
    {
        if (k < 0) throw new ArgumentOutOfRangeException(nameof(k), k, "ln(k!) needs k ≥ 0.");
        if (k < TableSize) return Table[(int)k];
        var n = k + 1; // ln Γ(n)
        var inv = 1.0 / n;
        var inv2 = inv * inv;
        var series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
        return (n - 0.5) * Math.Log(n) - n + 0.5 * Math.Log(2 * Math.PI) + series;
    }

    private static double[] BuildTable()
    {
        var table = new double[TableSize];
        for (var k = 1; k < TableSize; k++) table[k] = table[k - 1] + Math.Log(k);
        return table;
    }
}
