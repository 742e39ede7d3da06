using System.Numerics;
using CsCheck;
using Restake.Numerics;
using Restake.Protocols.Amm;
using static Restake.Protocols.Tests.Amm.StableSwapReferenceTests;

namespace Restake.Protocols.Tests.Amm;

/// <summary>
/// The StableSwap-NG exchange quote (rate scaling, get_D, get_y, _dynamic_fee, fee, admin share, unscaling) and the
/// dynamic fee alone against a BigInteger transcription of CurveStableSwapNG.vy with checked uint256 semantics, over
/// balances, rates, amounts and fee parameters of every size. Values and revert reasons must agree.
/// </summary>
public class StableSwapNgQuoteReferenceTests
{
    private static readonly BigInteger Two256 = BigInteger.One << 256;
    private static readonly BigInteger E18 = BigInteger.Pow(10, 18);
    private static readonly BigInteger FeeDenominator = 10_000_000_000;

    /// <summary>_dynamic_fee(xpi, xpj, _fee) of the NG pool.</summary>
    private static BigInteger ReferenceDynamicFee(BigInteger xpi, BigInteger xpj, BigInteger fee, BigInteger offpeg)
    {
        if (offpeg <= FeeDenominator) return fee;
        var sum = U(xpi + xpj);
        var xps2 = U(sum * sum);
        var skew = Div(U(U(U(U(offpeg - FeeDenominator) * 4) * xpi) * xpj), xps2);
        return Div(U(offpeg * fee), U(skew + FeeDenominator));
    }

    /// <summary>_exchange's arithmetic up to the transfers (the views contract's get_dy is the same expression).</summary>
    private static BigInteger[] ReferenceQuote(
        int i, int j, BigInteger dx, BigInteger[] balances, BigInteger[] rates, BigInteger amp, BigInteger fee,
        BigInteger offpeg, BigInteger adminFee)
    {
        var xp = new BigInteger[balances.Length];
        for (var k = 0; k < xp.Length; k++) xp[k] = U(rates[k] * balances[k]) / E18;
        var d = ReferenceGetD(xp, amp, legacy: false);
        var x = U(xp[i] + U(dx * rates[i]) / E18);
        var y = ReferenceGetY(i, j, x, xp, amp, d);
        var dy = U(U(xp[j] - y) - 1);
        var feeRate = ReferenceDynamicFee(U(xp[i] + x) / 2, U(xp[j] + y) / 2, fee, offpeg);
        var dyFee = U(dy * feeRate) / FeeDenominator;
        var dyOut = Div(U(U(dy - dyFee) * E18), rates[j]);
        var admin = Div(U(U(dyFee * adminFee) / FeeDenominator * E18), rates[j]);
        return [d, y, dy, feeRate, dyFee, admin, dyOut];
    }

    /// <summary>Stored rates: 18 and 6 decimals, oracle-scaled, 1 wei, the 2^64 and 2^128 edges, huge.</summary>
    private static readonly Gen<BigInteger> Rate =
        Gen.Int[0, 7].SelectMany(kind => Gen.ULong.Select(r => kind switch
        {
            0 or 1 => E18,
            2 => BigInteger.Pow(10, 30),
            3 => E18 + r % E18,
            4 => BigInteger.One + r % 3,
            5 => (BigInteger.One << 64) + r % 5 - 2,
            6 => (BigInteger.One << 128) - 2 + r % 5,
            _ => ((BigInteger)r << (int)(r % 180)) + 1,
        }));

    /// <summary>A fee, an off-peg multiplier and an admin fee the pool accepts (offpeg·fee ≤ 5e9·1e10).</summary>
    private static readonly Gen<(BigInteger Fee, BigInteger Offpeg, BigInteger AdminFee)> Fees =
        Gen.Select(Gen.Int[0, 4], Gen.ULong[0, 5_000_000_000], Gen.ULong, Gen.ULong[0, 5_000_000_000]).Select((kind, fee, r, admin) =>
        {
            BigInteger offpeg = kind switch
            {
                0 => r % 10_000_000_001,            // at most 1×: the fee is constant
                1 => 10_000_000_000 + r % 100_000_000_000,
                2 => (BigInteger.One << 60) - 2 + r % 5,
                _ => (BigInteger)r << (int)(r % 190),
            };
            BigInteger f = fee;
            if (offpeg * f > 5_000_000_000 * FeeDenominator) f = kind == 3 ? 0 : 5_000_000_000 * FeeDenominator / offpeg;
            return (f, offpeg, (BigInteger)admin);
        });

    /// <summary>A() in A() units (the pool multiplies by A_PRECISION): 0, realistic, near 2^32/100, large.</summary>
    private static readonly Gen<BigInteger> APlain =
        Gen.Int[0, 4].SelectMany(kind => Gen.ULong.Select(r => kind switch
        {
            0 => (BigInteger)(r % 2),
            1 or 2 => (BigInteger)(r % 10_000 + 1),
            3 => (BigInteger)(uint.MaxValue / 100 - 1 + r % 3),
            _ => (BigInteger)(r % 1_000_000_000_000),
        }));

    private static StableSwapNgPool? Pool(
        BigInteger a, (BigInteger Fee, BigInteger Offpeg, BigInteger AdminFee) fees, BigInteger[] balances, BigInteger[] rates)
    {
        StableSwapNgPool pool;
        try
        {
            // Unit rates keep the construction's get_D small; the real rates are set afterwards.
            pool = StableSwapNgPool.FromBalances(
                (UInt256)a, (UInt256)fees.Fee, (UInt256)fees.Offpeg, [UInt256.One, UInt256.One],
                [(UInt256)balances[0], (UInt256)balances[1]], UInt256.One);
        }
        catch (RevertException)
        {
            return null;
        }

        pool.SetRate(0, (UInt256)rates[0]);
        pool.SetRate(1, (UInt256)rates[1]);
        pool.SetNewAdminFee((UInt256)fees.AdminFee);
        return pool;
    }

    [Fact]
    public void Two_coin_NG_quote_matches_the_contract_transcription_at_every_size()
    {
        var built = 0;
        Gen.Select(Gen.Select(Balance, Balance, Rate, Rate), Gen.Select(APlain, Fees, Balance, Gen.Int[0, 2], Gen.Bool))
            .Sample((pair, rest) =>
            {
                var (b0, b1, r0, r1) = pair;
                var (a, fees, amount, dxKind, oneToZero) = rest;
                var balances = new[] { b0, b1 };
                var rates = new[] { r0, r1 };
                var pool = Pool(a, fees, balances, rates);
                if (pool is null) return;
                built++;
                var (i, j) = oneToZero ? (1, 0) : (0, 1);
                var dx = dxKind switch { 0 => balances[i] / 100 + 1, 1 => amount, _ => balances[i] * 3 + 7 };
                if (dx >= Two256) dx = amount;

                BigInteger[]? expected = null;
                string? expectedError = null;
                try
                {
                    expected = ReferenceQuote(i, j, dx, balances, rates, a * 100, fees.Fee, fees.Offpeg, fees.AdminFee);
                }
                catch (RevertException e)
                {
                    expectedError = e.Error;
                }

                try
                {
                    var q = pool.QuoteExchange(i, j, (UInt256)dx);
                    Assert.Null(expectedError);
                    BigInteger[] actual = [q.D, q.Y, q.DyGross, q.FeeRate, q.Fee, q.AdminFee, q.Dy];
                    Assert.Equal(expected, actual);
                    Assert.Equal(expected![6], pool.GetDy(i, j, (UInt256)dx).ToBigInteger());
                }
                catch (RevertException e)
                {
                    Assert.Equal(expectedError, e.Error);
                }
            }, iter: 5_000, threads: 1);
        // Pools whose get_D overflows even at unit rates (balances near 2^256) or with A = 0 cannot be built.
        Assert.True(built > 1_500, $"only {built} pools could be built");
    }

    [Fact]
    public void Realistic_NG_quotes_match_the_contract_transcription()
    {
        PoolGen.Ng.Select(Gen.Int[1, 2_000_000], Gen.Bool).Sample((pool, ppm, oneToZero) =>
        {
            var (i, j) = oneToZero ? (1, 0) : (0, 1);
            var dx = PoolGen.Fraction(pool.Balance(i), (ulong)ppm);
            BigInteger[] balances = [pool.Balance(0), pool.Balance(1)];
            BigInteger[] rates = [pool.Rates[0], pool.Rates[1]];
            SameOutcome(
                () => ReferenceQuote(i, j, dx, balances, rates, pool.A * 100, pool.Fee, pool.OffpegFeeMultiplier, pool.AdminFee)[6],
                () => pool.GetDy(i, j, dx));
        }, iter: 1_000, threads: 1);
    }

    [Fact]
    public void Dynamic_fee_matches_the_contract_transcription_at_every_size()
    {
        Gen.Select(Balance, Balance, Fees).Sample((xpi, xpj, fees) =>
        {
            SameOutcome(
                () => ReferenceDynamicFee(xpi, xpj, fees.Fee, fees.Offpeg),
                () => StableSwapMath.DynamicFee((UInt256)xpi, (UInt256)xpj, (UInt256)fees.Fee, (UInt256)fees.Offpeg));
        }, iter: 5_000, threads: 1);
    }
}
