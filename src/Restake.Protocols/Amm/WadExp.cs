using System.Numerics;
using Restake.Numerics;

namespace Restake.Protocols.Amm;

/// <summary>
/// The NG pools' <c>exp(x)</c> (Snekmate / Remco Bloemen rational approximation) on signed 1e18 fixed point, with
/// the contract's int256 truncations and arithmetic shifts reproduced on <see cref="BigInteger"/>.
/// </summary>
public static class WadExp
{
    private static readonly BigInteger Ln2Q96 = BigInteger.Parse("54916777467707473351141471128");
    private static readonly BigInteger Five18 = BigInteger.Pow(5, 18);
    private static readonly BigInteger LowerBound = BigInteger.Parse("-41446531673892822313");
    private static readonly BigInteger UpperBound = BigInteger.Parse("135305999368893231589");
    private static readonly BigInteger Scale = BigInteger.Parse("3822833074963236453042738258902158003155416615667");

    /// <summary>e^(x/1e18)·1e18 rounded as the contract rounds; 0 below about −41.4; reverts above about 135.3.</summary>
    public static UInt256 Exp(BigInteger x)
    {
        if (x <= LowerBound) return UInt256.Zero;
        if (x >= UpperBound) throw new RevertException(CurveErrors.ExpOverflow);

        // Signed division truncates toward zero (SDIV); >> is arithmetic, as Vyper's int256 shifts are.
        var value = (x << 78) / Five18;
        var k = ((value << 96) / Ln2Q96 + (BigInteger.One << 95)) >> 96;
        value -= k * Ln2Q96;

        var y = ((value + BigInteger.Parse("1346386616545796478920950773328")) * value >> 96)
                + BigInteger.Parse("57155421227552351082224309758442");
        var p = ((((y + value - BigInteger.Parse("94201549194550492254356042504812")) * y) >> 96)
                 + BigInteger.Parse("28719021644029726153956944680412240")) * value
                + (BigInteger.Parse("4385272521454847904659076985693276") << 96);

        var q = ((value - BigInteger.Parse("2855989394907223263936484059900")) * value >> 96)
                + BigInteger.Parse("50020603652535783019961831881945");
        q = (q * value >> 96) - BigInteger.Parse("533845033583426703283633433725380");
        q = (q * value >> 96) + BigInteger.Parse("3604857256930695427073651918091429");
        q = (q * value >> 96) - BigInteger.Parse("14423608567350463180887372962807573");
        q = (q * value >> 96) + BigInteger.Parse("26449188498355588339934803723976023");

        var r = p / q;
        return UInt256.FromBigInteger((r * Scale) >> (int)(195 - k));
    }
}
