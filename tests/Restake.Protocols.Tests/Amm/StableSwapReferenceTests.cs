using System.Numerics;
using CsCheck;
using Restake.Numerics;
using Restake.Protocols.Amm;

namespace Restake.Protocols.Tests.Amm;

/// <summary>
/// get_D, get_y and get_y_D against a line-by-line BigInteger transcription of the Vyper code with checked uint256
/// semantics, over inputs of every size: realistic pools, the 2^64/2^126/2^128 edges of the two-coin fast path, huge
/// balances that overflow, zero balances and tiny amplification that revert. Values and revert reasons must agree.
/// </summary>
public class StableSwapReferenceTests
{
    private static readonly BigInteger Two256 = BigInteger.One << 256;

    /// <summary>A Vyper uint256 expression value: reverts with Panic(0x11) outside [0, 2^256).</summary>
    private static BigInteger U(BigInteger v) =>
        v.Sign < 0 || v >= Two256 ? throw new RevertException(Panic.Overflow) : v;

    private static BigInteger Div(BigInteger a, BigInteger b) =>
        b.IsZero ? throw new RevertException(Panic.DivisionByZero) : a / b;

    /// <summary>get_D of the 0.2.x pools (legacy) or StableSwap-NG, in the contract's evaluation order.</summary>
    internal static BigInteger ReferenceGetD(BigInteger[] xp, BigInteger amp, bool legacy)
    {
        BigInteger s = 0;
        foreach (var x in xp) s = U(s + x);
        if (s.IsZero) return 0;
        var n = (BigInteger)xp.Length;
        var d = s;
        var ann = U(amp * n);
        for (var i = 0; i < 255; i++)
        {
            var dP = d;
            foreach (var x in xp) dP = legacy ? Div(U(dP * d), U(U(x * n) + 1)) : Div(U(dP * d), x);
            if (!legacy) dP = Div(dP, BigInteger.Pow(n, xp.Length));
            var dPrev = d;
            var numerator = U(U(Div(U(ann * s), 100) + U(dP * n)) * d);
            var denominator = U(Div(U(U(ann - 100) * d), 100) + U((n + 1) * dP));
            d = Div(numerator, denominator);
            if (BigInteger.Abs(d - dPrev) <= 1) return d;
        }

        throw new RevertException(CurveErrors.DidNotConverge);
    }

    /// <summary>get_y(i, j, x, xp) (and get_y_D when x is xp[i] and j is the solved coin), Vyper order.</summary>
    internal static BigInteger ReferenceGetY(int i, int j, BigInteger x, BigInteger[] xp, BigInteger amp, BigInteger d)
    {
        var n = (BigInteger)xp.Length;
        var ann = U(amp * n);
        var c = d;
        BigInteger sPrime = 0;
        for (var k = 0; k < xp.Length; k++)
        {
            if (k == j) continue;
            var xk = k == i ? x : xp[k];
            sPrime = U(sPrime + xk);
            c = Div(U(c * d), U(xk * n));
        }

        c = Div(U(U(c * d) * 100), U(ann * n));
        var b = U(sPrime + Div(U(d * 100), ann));
        var y = d;
        for (var k = 0; k < 255; k++)
        {
            var yPrev = y;
            y = Div(U(U(y * y) + c), U(U(U(2 * y) + b) - d));
            if (BigInteger.Abs(y - yPrev) <= 1) return y;
        }

        throw new RevertException(CurveErrors.DidNotConverge);
    }

    private static readonly BigInteger E18 = BigInteger.Pow(10, 18);

    /// <summary>Balances by size class: zero, tiny, realistic, the fast path's 2^64, 2^126, 2^127, 2^128 edges, huge.</summary>
    private static readonly Gen<BigInteger> Balance =
        Gen.Int[0, 9].SelectMany(kind => Gen.ULong.SelectMany(r => Gen.Int[-3, 3].Select(delta => kind switch
        {
            0 => BigInteger.Zero,
            1 => (BigInteger)(r % 1_000_000),
            2 or 3 => (BigInteger)(r % 10_000_000_000) * E18 / 1000 + r % 997, // 0.001 .. 10^7 tokens
            4 => (BigInteger.One << 64) + delta,
            5 => (BigInteger.One << 126) + delta * (BigInteger)(r % 5),
            6 => (BigInteger.One << 127) + delta,
            7 => (BigInteger.One << 128) + delta,
            8 => ((BigInteger)r << (int)(r % 140 + 64)) % Two256,
            _ => Two256 - 1 - r,
        })));

    /// <summary>Amplification in contract units (A·100): zero, below A_PRECISION/N, realistic, near 2^32, large.</summary>
    private static readonly Gen<BigInteger> Amp =
        Gen.Int[0, 5].SelectMany(kind => Gen.ULong.Select(r => kind switch
        {
            0 => r % 50,
            1 or 2 => (BigInteger)(r % 1_000_000 + 1) * 100,
            3 => (BigInteger)(uint.MaxValue - 2 + r % 6),
            4 => (BigInteger)r,
            _ => (BigInteger)(r % 5_000 + 50),
        }));

    private static void SameOutcome(Func<BigInteger> reference, Func<UInt256> actual)
    {
        BigInteger? expected = null;
        string? expectedError = null;
        try
        {
            expected = reference();
        }
        catch (RevertException e)
        {
            expectedError = e.Error;
        }

        try
        {
            var value = actual().ToBigInteger();
            Assert.Null(expectedError);
            Assert.Equal(expected, value);
        }
        catch (RevertException e)
        {
            Assert.Equal(expectedError, e.Error);
        }
    }

    [Fact]
    public void Two_coin_get_D_matches_the_contract_transcription_at_every_size()
    {
        Gen.Select(Balance, Balance, Amp, Gen.Bool).Sample((x0, x1, amp, legacy) =>
        {
            var variant = legacy ? StableSwapVariant.Legacy : StableSwapVariant.NextGen;
            SameOutcome(
                () => ReferenceGetD([x0, x1], amp, legacy),
                () => StableSwapMath.GetD([(UInt256)x0, (UInt256)x1], (UInt256)amp, variant));
        }, iter: 3_000, threads: 1);
    }

    [Fact]
    public void Three_coin_get_D_matches_the_contract_transcription()
    {
        Gen.Select(Balance, Balance, Balance, Amp).Sample((x0, x1, x2, amp) =>
        {
            SameOutcome(
                () => ReferenceGetD([x0, x1, x2], amp, legacy: false),
                () => StableSwapMath.GetD([(UInt256)x0, (UInt256)x1, (UInt256)x2], (UInt256)amp, StableSwapVariant.NextGen));
        }, iter: 500, threads: 1);
    }

    /// <summary>D near the pool's own invariant (the case get_dy runs) or of any size.</summary>
    private static readonly Gen<(BigInteger X0, BigInteger X1, BigInteger Amp, BigInteger D, BigInteger Dx)> YCase =
        Gen.Select(Balance, Balance, Amp, Balance, Gen.Int[0, 3]).Select((x0, x1, amp, other, mode) =>
        {
            var d = other;
            if (mode != 0)
            {
                try
                {
                    d = ReferenceGetD([x0, x1], amp, legacy: mode == 1);
                }
                catch (RevertException)
                {
                }
            }

            return (x0, x1, amp, d, mode == 3 ? other : x0 / 100 + 1);
        });

    [Fact]
    public void Two_coin_get_y_matches_the_contract_transcription_at_every_size()
    {
        YCase.Sample(t =>
        {
            var xp = new[] { t.X0, t.X1 };
            var wide = new[] { (UInt256)t.X0, (UInt256)t.X1 };
            var x = t.X1 + t.Dx;
            if (x >= Two256) return;
            SameOutcome(
                () => ReferenceGetY(1, 0, x, xp, t.Amp, t.D),
                () => StableSwapMath.GetY(1, 0, (UInt256)x, wide, (UInt256)t.Amp, (UInt256)t.D));
            SameOutcome(
                () => ReferenceGetY(1, 1, xp[0], xp, t.Amp, t.D), // get_y_D(i=1): the only other coin is 0
                () => StableSwapMath.GetYD((UInt256)t.Amp, 1, wide, (UInt256)t.D));
        }, iter: 3_000, threads: 1);
    }
}
