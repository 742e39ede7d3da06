using System.Numerics;
using CsCheck;
using Restake.Numerics;
using Restake.Protocols.Amm;
using static Restake.Protocols.Tests.Amm.StableSwapReferenceTests;

namespace Restake.Protocols.Tests.Amm;

/// <summary>
/// The 2020 pool's get_dy (StableSwapSTETH.vy: get_D, get_y, dy − 1, fee, admin share) against a BigInteger
/// transcription with checked uint256 semantics, over balances, amounts, A and fees of every size, so the 128-bit
/// quote and its fallback to the checked path agree with the contract in value and revert reason.
/// </summary>
public class StableSwapLegacyQuoteReferenceTests
{
    private static readonly BigInteger Two256 = BigInteger.One << 256;
    private static readonly BigInteger FeeDenominator = 10_000_000_000;

    /// <summary>exchange's arithmetic up to the transfers: [D, y, dy, fee, admin share, dy − fee].</summary>
    private static BigInteger[] ReferenceQuote(int i, int j, BigInteger dx, BigInteger[] xp, BigInteger amp, BigInteger fee, BigInteger adminFee)
    {
        var d = ReferenceGetD(xp, amp, legacy: true);
        var x = U(xp[i] + dx);
        var y = ReferenceGetY(i, j, x, xp, amp, d);
        var dy = U(U(xp[j] - y) - 1);
        var dyFee = U(fee * dy) / FeeDenominator;
        var admin = U(dyFee * adminFee) / FeeDenominator;
        return [d, y, dy, dyFee, admin, U(dy - dyFee)];
    }

    /// <summary>A() in A() units: 1, realistic, near the fast path's limit, large.</summary>
    private static readonly Gen<BigInteger> APlain =
        Gen.Int[0, 3].SelectMany(kind => Gen.ULong.Select(r => kind switch
        {
            0 => BigInteger.One,
            1 or 2 => (BigInteger)(r % 10_000 + 1),
            _ => (BigInteger)(r % 1_000_000_000_000 + 1),
        }));

    [Fact]
    public void Two_coin_legacy_quote_matches_the_contract_transcription_at_every_size()
    {
        var quoted = 0;
        Gen.Select(Balance, Balance, APlain, Gen.ULong[0, 5_000_000_000], Gen.ULong[0, 10_000_000_000])
            .Select(Gen.Select(Balance, Gen.Int[0, 2], Gen.Bool))
            .Sample((pool, trade) =>
            {
                var (b0, b1, a, fee, adminFee) = pool;
                var (amount, dxKind, oneToZero) = trade;
                var balances = new[] { b0, b1 };
                var (i, j) = oneToZero ? (1, 0) : (0, 1);
                var dx = dxKind switch { 0 => balances[i] / 100 + 1, 1 => amount, _ => balances[i] * 3 + 7 };
                if (dx >= Two256) dx = amount;
                var engine = StableSwapLegacyPool.FromBalances(
                    (UInt256)a, fee, adminFee, [(UInt256)b0, (UInt256)b1], UInt256.One);

                BigInteger[]? expected = null;
                string? expectedError = null;
                try
                {
                    expected = ReferenceQuote(i, j, dx, balances, a * 100, fee, adminFee);
                }
                catch (RevertException e)
                {
                    expectedError = e.Error;
                }

                try
                {
                    var q = engine.QuoteExchange(i, j, (UInt256)dx);
                    Assert.Null(expectedError);
                    BigInteger[] actual = [q.D, q.Y, q.DyGross, q.Fee, q.AdminFee, q.Dy];
                    Assert.Equal(expected, actual);
                    quoted++;
                }
                catch (RevertException e)
                {
                    Assert.Equal(expectedError, e.Error);
                }
            }, iter: 5_000, threads: 1);
        Assert.True(quoted > 500, $"only {quoted} quotes succeeded");
    }

    [Fact]
    public void Realistic_legacy_quotes_match_the_contract_transcription()
    {
        PoolGen.Legacy.Select(Gen.Int[1, 2_000_000], Gen.Bool).Sample((pool, ppm, oneToZero) =>
        {
            var (i, j) = oneToZero ? (1, 0) : (0, 1);
            var dx = PoolGen.Fraction(pool.Balance(i), (ulong)ppm);
            BigInteger[] balances = [pool.Balance(0), pool.Balance(1)];
            SameOutcome(
                () => ReferenceQuote(i, j, dx, balances, pool.A * 100, pool.Fee, pool.AdminFee)[5],
                () => pool.GetDy(i, j, dx));
        }, iter: 1_000, threads: 1);
    }
}
