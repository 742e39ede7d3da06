using Restake.Numerics;
using static Restake.Numerics.UInt128Math;

namespace Restake.Protocols.Amm;

/// <summary>
/// The two-coin get_D and get_y loops on 128-bit values with 256-bit intermediates: the contract's operations in the
/// contract's order, so each result is the one the checked uint256 code computes. Every place where the uint256 code
/// could revert (overflow, underflow, division by zero, no convergence), and every value that would not fit this
/// representation, makes the fast path give up; the general code then recomputes from scratch and reverts, or not,
/// exactly as the contract does. Giving up is always safe because nothing here has side effects.
/// </summary>
public static partial class StableSwapMath
{
    /// <summary>Balances below 2^126 keep x·N + 1, S and 2·y inside 128 bits.</summary>
    private static readonly UInt256 FastBalanceLimit = (UInt128)1 << 126;

    /// <summary>Amplification below 2^32 keeps Ann·N and Ann·S within the 64×128-bit products used here.</summary>
    private static readonly UInt256 FastAmpLimit = 1UL << 32;

    private static readonly UInt128 Hundred = 100;

    /// <summary>D_P below 2^126 keeps (N+1)·D_P inside 128 bits.</summary>
    private static readonly UInt128 DpLimit = (UInt128)1 << 126;

    /// <summary>The largest value that can be multiplied by A_PRECISION without overflow.</summary>
    private static readonly UInt256 MaxOverHundred = UInt256.MaxValue / 100;

    /// <summary>y below 2^127 keeps 2·y inside 128 bits.</summary>
    private static readonly UInt128 YLimit = (UInt128)1 << 127;

    /// <summary>get_D for two coins; false when the fast representation cannot follow the contract.</summary>
    private static bool TryGetDTwoCoins(UInt256 x0Wide, UInt256 x1Wide, UInt256 ampWide, StableSwapVariant variant, out UInt256 result)
    {
        result = UInt256.Zero;
        if (x0Wide >= FastBalanceLimit || x1Wide >= FastBalanceLimit || ampWide >= FastAmpLimit) return false;
        UInt128 x0 = (UInt128)x0Wide, x1 = (UInt128)x1Wide;
        var s = x0 + x1;
        if (s == UInt128.Zero) return true;

        UInt128 ann = (ulong)ampWide * 2;
        if (ann < Hundred) return false; // Ann - A_PRECISION underflows in the contract
        UInt128 den0 = x0, den1 = x1;
        if (variant == StableSwapVariant.Legacy)
        {
            den0 = x0 + x0 + UInt128.One;
            den1 = x1 + x1 + UInt128.One;
        }

        // Ann*S/A_PRECISION and Ann - A_PRECISION do not change between iterations.
        if (!TryMulDiv(ann, s, Hundred, out var annS)) return false;
        var annMinusPrecision = ann - Hundred;

        var d = s;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            // D_P = D_P*D/den for each coin (D_P starts at D).
            if (!TryMulDiv(d, d, den0, out var dP) || !TryMulDiv(dP, d, den1, out dP)) return false;
            if (variant != StableSwapVariant.Legacy) dP >>>= 2; // D_P /= N**N, a floor division by 4

            // (Ann*S/A_PRECISION + D_P*N) * D / ((Ann - A_PRECISION)*D/A_PRECISION + (N+1)*D_P)
            if (dP >= DpLimit) return false;
            var twoDp = dP + dP;
            var numerator = annS + twoDp;
            if (numerator < annS) return false;
            if (!TryMulDiv(annMinusPrecision, d, Hundred, out var left)) return false;
            var denominator = left + twoDp + dP;
            if (denominator < left) return false;
            var dPrev = d;
            if (!TryMulDiv(numerator, d, denominator, out d)) return false;
            if ((d > dPrev ? d - dPrev : dPrev - d) <= UInt128.One)
            {
                result = d;
                return true;
            }
        }

        return false; // the general loop raises the contract's revert
    }

    /// <summary>
    /// get_y / get_y_D for two coins, the other coin's balance being <paramref name="xWide"/>; false when the fast
    /// representation cannot follow the contract.
    /// </summary>
    private static bool TryGetYTwoCoins(UInt256 xWide, UInt256 ampWide, UInt256 dWide, out UInt256 result)
    {
        result = UInt256.Zero;
        if (xWide >= FastBalanceLimit || !dWide.FitsUInt128 || ampWide >= FastAmpLimit) return false;
        UInt128 x = (UInt128)xWide, d = (UInt128)dWide, ann = (ulong)ampWide * 2;
        if (ann == UInt128.Zero) return false; // division by zero in the contract

        // c = D*D/(x*N); then c*D*A_PRECISION/(Ann*N), which may need all 256 bits, in the checked type.
        if (!TryMulDiv(d, d, x + x, out var c0)) return false;
        // c*D < 2^256 always; times A_PRECISION it must stay below 2^256 as the contract checks.
        var cd = (UInt256)c0 * dWide;
        if (cd > MaxOverHundred) return false;
        var cWide = cd * APrecision / (ampWide * 4);
        var cHigh = cWide.High;
        var cLow = cWide.Low;

        // b = S_ + D*A_PRECISION/Ann (- D, subtracted in the loop)
        if (!TryMulDiv(d, Hundred, ann, out var dOverAnn)) return false;
        var b = x + dOverAnn;
        if (b < x) return false;

        var y = d;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            // y = (y*y + c) / (2*y + b - D)
            if (y >= YLimit) return false;
            var denominator = y + y + b;
            if (denominator < b || denominator < d) return false;
            var yPrev = y;
            if (!TryMulAddDiv(y, y, cHigh, cLow, denominator - d, out y)) return false;
            if ((y > yPrev ? y - yPrev : yPrev - y) <= UInt128.One)
            {
                result = y;
                return true;
            }
        }

        return false;
    }
}
