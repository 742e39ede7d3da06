namespace Restake.Numerics.Random;

/// <summary>ln(1 + x) accurate for tiny x, where <c>Math.Log(1 + x)</c> loses every significant digit.</summary>
public static class Log1p
{
    /// <summary>ln(1 + x) for x &gt; −1 (Goldberg's correction: exact rounding error of 1 + x is divided out).</summary>
    public static double Of(double x)
    {
        var u = 1.0 + x;
        if (u == 1.0) return x;
        return Math.Log(u) * x / (u - 1.0);
    }
}
