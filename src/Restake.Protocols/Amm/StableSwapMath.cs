using Restake.Numerics;

namespace Restake.Protocols.Amm;

/// <summary>
/// The StableSwap invariant solvers exactly as the Vyper contracts compute them: every product and quotient in the
/// contract's order, every division truncating, Newton iterations stopped at |Δ| ≤ 1 after at most 255 rounds.
/// Amplification <c>amp</c> is in the contracts' precise units (<c>A() * A_PRECISION</c>).
/// </summary>
public static partial class StableSwapMath
{
    /// <summary>A_PRECISION of the contracts.</summary>
    public static readonly UInt256 APrecision = 100;

    /// <summary>FEE_DENOMINATOR = 1e10.</summary>
    public static readonly UInt256 FeeDenominator = 10_000_000_000UL;

    /// <summary>PRECISION = 1e18.</summary>
    public static readonly UInt256 Precision = Wad.One;

    private const int MaxIterations = 255;

    /// <summary>The invariant D of balances <paramref name="xp"/> (common 1e18 units); 0 for an empty pool.</summary>
    public static UInt256 GetD(ReadOnlySpan<UInt256> xp, UInt256 amp, StableSwapVariant variant)
    {
        if (xp.Length == 2 && TryGetDTwoCoins(xp[0], xp[1], amp, variant, out var fast)) return fast;
        var s = UInt256.Zero;
        foreach (var x in xp) s += x;
        if (s.IsZero) return UInt256.Zero;

        UInt256 n = xp.Length;
        var nPlusOne = n + UInt256.One;
        var nPowN = PowN(xp.Length);
        var d = s;
        var ann = amp * n;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var dP = d;
            if (variant == StableSwapVariant.Legacy)
            {
                // "+1 is to prevent /0" in the 0.2.x pools.
                foreach (var x in xp) dP = dP * d / (x * n + UInt256.One);
            }
            else
            {
                foreach (var x in xp) dP = dP * d / x;
                dP /= nPowN;
            }

            // Evaluated inside the loop in the contract's order, so a degenerate pool reverts with the contract's panic.
            var dPrev = d;
            d = (ann * s / APrecision + dP * n) * d / ((ann - APrecision) * d / APrecision + nPlusOne * dP);
            if (WithinOne(d, dPrev)) return d;
        }

        throw new RevertException(CurveErrors.DidNotConverge);
    }

    /// <summary>
    /// get_y: the new balance of coin <paramref name="j"/> when coin <paramref name="i"/> becomes <paramref name="x"/>,
    /// keeping the invariant <paramref name="d"/> of the current balances <paramref name="xp"/>.
    /// </summary>
    public static UInt256 GetY(int i, int j, UInt256 x, ReadOnlySpan<UInt256> xp, UInt256 amp, UInt256 d)
    {
        if (i == j) throw new RevertException(CurveErrors.SameCoin);
        if (j < 0 || j >= xp.Length || i < 0 || i >= xp.Length)
            throw new RevertException(CurveErrors.CoinIndexOutOfRange);
        if (xp.Length == 2 && TryGetYTwoCoins(x, amp, d, out var fast)) return fast; // the only k != j is i

        UInt256 n = xp.Length;
        var ann = amp * n;
        var c = d;
        var sPrime = UInt256.Zero;
        for (var k = 0; k < xp.Length; k++)
        {
            if (k == j) continue;
            var xk = k == i ? x : xp[k];
            sPrime += xk;
            c = c * d / (xk * n);
        }

        return SolveQuadratic(c, sPrime, ann, n, d);
    }

    /// <summary>
    /// get_y_D: the balance of coin <paramref name="i"/> that gives invariant <paramref name="d"/> with the other
    /// balances of <paramref name="xp"/> unchanged.
    /// </summary>
    public static UInt256 GetYD(UInt256 amp, int i, ReadOnlySpan<UInt256> xp, UInt256 d)
    {
        if (i < 0 || i >= xp.Length) throw new RevertException(CurveErrors.CoinIndexOutOfRange);
        if (xp.Length == 2 && TryGetYTwoCoins(xp[1 - i], amp, d, out var fast)) return fast;
        UInt256 n = xp.Length;
        var ann = amp * n;
        var c = d;
        var sPrime = UInt256.Zero;
        for (var k = 0; k < xp.Length; k++)
        {
            if (k == i) continue;
            sPrime += xp[k];
            c = c * d / (xp[k] * n);
        }

        return SolveQuadratic(c, sPrime, ann, n, d);
    }

    /// <summary>
    /// NG <c>_dynamic_fee</c>: <paramref name="fee"/> when the off-peg multiplier is at most 1×, otherwise
    /// <c>offpeg*fee / ((offpeg-1e10)*4*xpi*xpj/(xpi+xpj)^2 + 1e10)</c>, the product evaluated left to right.
    /// </summary>
    public static UInt256 DynamicFee(UInt256 xpi, UInt256 xpj, UInt256 fee, UInt256 offpegFeeMultiplier)
    {
        if (offpegFeeMultiplier <= FeeDenominator) return fee;
        var sum = xpi + xpj;
        var xps2 = sum * sum;
        var skew = (offpegFeeMultiplier - FeeDenominator) * 4 * xpi * xpj / xps2;
        return offpegFeeMultiplier * fee / (skew + FeeDenominator);
    }

    /// <summary>The per-coin fee of imbalanced liquidity operations: <c>fee*N/(4*(N-1))</c>.</summary>
    public static UInt256 ImbalanceFee(UInt256 fee, int coins) => fee * coins / (4 * (coins - 1));

    private static UInt256 SolveQuadratic(UInt256 c, UInt256 sPrime, UInt256 ann, UInt256 n, UInt256 d)
    {
        c = c * d * APrecision / (ann * n);
        var b = sPrime + d * APrecision / ann; // - D, subtracted in the loop to stay unsigned
        var y = d;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var yPrev = y;
            y = (y * y + c) / (2 * y + b - d);
            if (WithinOne(y, yPrev)) return y;
        }

        throw new RevertException(CurveErrors.DidNotConverge);
    }

    private static bool WithinOne(UInt256 a, UInt256 b) => a > b ? a - b <= UInt256.One : b - a <= UInt256.One;

    private static UInt256 PowN(int n)
    {
        UInt256 result = 1;
        for (var k = 0; k < n; k++) result *= n;
        return result;
    }
}
