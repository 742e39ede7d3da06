using System.Numerics;
using Restake.Numerics;
using static Restake.Numerics.UInt128Math;

namespace Restake.Protocols.Amm;

/// <summary>
/// Two-coin get_dy of the 2020 pools and of StableSwap-NG (rate scaling, get_D, get_y, dynamic fee, fee, unscaling)
/// on 128-bit values, in the contract's order. Like the get_D/get_y fast paths they give up, rather than guess,
/// wherever the checked uint256 code could revert or a value would not fit; the caller then recomputes everything on
/// the checked path.
/// </summary>
public static partial class StableSwapMath
{
    private static readonly UInt128 Wad128 = 1_000_000_000_000_000_000UL;
    private static readonly UInt128 FeeDenominator128 = 10_000_000_000UL;
    private const ulong FeeDenominator64 = 10_000_000_000UL;

    /// <summary>Off-peg multipliers below 2^60 keep (m − 1e10)·4 + 1e10 inside 64 bits.</summary>
    private const ulong FastOffpegLimit = 1UL << 60;

    /// <summary>
    /// The NG exchange quote of a two-coin pool for coin <paramref name="i"/> in, the other coin out, from coin
    /// balances, stored rates and parameters; false when the 128-bit representation cannot follow the contract.
    /// </summary>
    internal static bool TryQuoteNgTwoCoins(
        int i, UInt256 balanceI, UInt256 balanceJ, UInt256 rateI, UInt256 rateJ, UInt256 dx, UInt256 amp,
        UInt256 fee, UInt256 offpegFeeMultiplier, UInt256 adminFee, out StableSwapQuote quote)
    {
        quote = default;
        if (!(balanceI.FitsUInt128 && balanceJ.FitsUInt128 && rateI.FitsUInt128 && rateJ.FitsUInt128 && dx.FitsUInt128)
            || amp >= FastAmpLimit || offpegFeeMultiplier >= FastOffpegLimit || fee >= FastOffpegLimit
            || adminFee >= FastOffpegLimit)
        {
            return false;
        }

        // xp = rate * balance / PRECISION (the operands are below 2^128, so the product cannot overflow).
        UInt128 rI = (UInt128)rateI, rJ = (UInt128)rateJ;
        if (!TryMulDiv(rI, (UInt128)balanceI, Wad128, out var xpI) || !TryMulDiv(rJ, (UInt128)balanceJ, Wad128, out var xpJ))
            return false;
        if (xpI >= BalanceLimit128 || xpJ >= BalanceLimit128) return false;

        var ampN = (ulong)amp;
        var (x0, x1) = i == 0 ? (xpI, xpJ) : (xpJ, xpI);
        if (!TryGetDTwoCoins(x0, x1, ampN, StableSwapVariant.NextGen, out var d)) return false;

        // x = xp[i] + dx * rates[i] / PRECISION
        if (!TryMulDiv((UInt128)dx, rI, Wad128, out var dxScaled)) return false;
        var x = xpI + dxScaled;
        if (x < xpI || x >= BalanceLimit128) return false;
        if (!TryGetYTwoCoins(x, ampN, d, out var y)) return false;

        // dy = xp[j] - y - 1
        if (y >= xpJ) return false;
        var dyGross = xpJ - y - UInt128.One;

        // _dynamic_fee((xp[i] + x) / 2, (xp[j] + y) / 2): x < 2^126 and y < xp[j] < 2^126, so the sums fit.
        if (!TryDynamicFee((xpI + x) >> 1, (xpJ + y) >> 1, (ulong)fee, (ulong)offpegFeeMultiplier, out var feeRate))
            return false;

        // dy_fee = dy * fee / FEE_DENOMINATOR; dy = (dy - dy_fee) * PRECISION / rates[j]
        if (!TryMulDiv(dyGross, feeRate, FeeDenominator128, out var dyFee) || dyFee > dyGross) return false;
        if (!TryMulDiv(dyGross - dyFee, Wad128, rJ, out var dy)) return false;

        // admin share: dy_fee * admin_fee / FEE_DENOMINATOR * PRECISION / rates[j]
        if (!TryMulDiv(dyFee, (ulong)adminFee, FeeDenominator128, out var adminShare)
            || !TryMulDiv(adminShare, Wad128, rJ, out var adminFeeOut))
        {
            return false;
        }

        quote = new StableSwapQuote(d, y, dyGross, feeRate, dyFee, adminFeeOut, dy);
        return true;
    }

    /// <summary>
    /// The 2020 pools' exchange quote (balances are xp, no rates) for coin <paramref name="i"/> in, the other coin out;
    /// false when the 128-bit representation cannot follow the contract.
    /// </summary>
    internal static bool TryQuoteLegacyTwoCoins(
        int i, UInt256 balanceI, UInt256 balanceJ, UInt256 dx, UInt256 amp, UInt256 fee, UInt256 adminFee,
        out StableSwapQuote quote)
    {
        quote = default;
        if (balanceI >= FastBalanceLimit || balanceJ >= FastBalanceLimit || !dx.FitsUInt128 || amp >= FastAmpLimit
            || fee >= FastOffpegLimit || adminFee >= FastOffpegLimit)
        {
            return false;
        }

        UInt128 xpI = (UInt128)balanceI, xpJ = (UInt128)balanceJ;
        var ampN = (ulong)amp;
        var (x0, x1) = i == 0 ? (xpI, xpJ) : (xpJ, xpI);
        if (!TryGetDTwoCoins(x0, x1, ampN, StableSwapVariant.Legacy, out var d)) return false;
        var x = xpI + (UInt128)dx;
        if (x < xpI || x >= BalanceLimit128) return false;
        if (!TryGetYTwoCoins(x, ampN, d, out var y)) return false;

        // dy = xp[j] - y - 1; fee = self.fee * dy / FEE_DENOMINATOR; admin share fee * admin_fee / FEE_DENOMINATOR
        if (y >= xpJ) return false;
        var dyGross = xpJ - y - UInt128.One;
        if (!TryMulDiv((ulong)fee, dyGross, FeeDenominator128, out var feeAmount) || feeAmount > dyGross) return false;
        if (!TryMulDiv(feeAmount, (ulong)adminFee, FeeDenominator128, out var adminShare)) return false;
        quote = new StableSwapQuote(d, y, dyGross, fee, feeAmount, adminShare, dyGross - feeAmount);
        return true;
    }

    /// <summary>Balances below 2^126, as the two-coin get_D/get_y fast paths need.</summary>
    private static readonly UInt128 BalanceLimit128 = (UInt128)1 << 126;

    /// <summary>
    /// <see cref="DynamicFee"/> for balances below 2^127 and fee parameters below 2^60; false when a product would not
    /// fit (the checked code then decides whether the contract reverts).
    /// </summary>
    private static bool TryDynamicFee(UInt128 xpi, UInt128 xpj, ulong fee, ulong offpeg, out ulong rate)
    {
        rate = fee;
        if (offpeg <= FeeDenominator64) return true;
        var sum = xpi + xpj;
        if (sum == UInt128.Zero) return false; // division by zero in the contract

        // (offpeg - 1e10) * 4 * xpi * xpj: below 2^256 whenever the operands' bit lengths add up to at most 256.
        var m = (offpeg - FeeDenominator64) * 4;
        if (BitLength(m) + BitLength(xpi) + BitLength(xpj) > 256) return false;
        var skew = (ulong)((UInt256)m * xpi * xpj / ((UInt256)sum * sum)); // at most m: 4·xpi·xpj ≤ (xpi + xpj)²

        // offpeg * fee / (skew + 1e10); offpeg·fee < 2^120 and the divisor is positive.
        var numerator = (UInt128)offpeg * fee;
        var denominator = skew + FeeDenominator64;
        var quotient = numerator / denominator;
        if (quotient > ulong.MaxValue) return false;
        rate = (ulong)quotient;
        return true;
    }

    private static int BitLength(UInt128 v) => 128 - (int)UInt128.LeadingZeroCount(v);

    private static int BitLength(ulong v) => 64 - BitOperations.LeadingZeroCount(v);
}
