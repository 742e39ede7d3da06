using Restake.Numerics;

namespace Restake.Protocols.LiquidRestaking.Renzo;

/// <summary>Which version of <c>calculateMintAmount</c> to use.</summary>
public enum RenzoMintFormula
{
    /// <summary>supply·value/TVL (2024-06 onward).</summary>
    Current,

    /// <summary>The m1 release's inflation-percentage form (to 2024-04-03), which loses up to ~1e6 wei per mint.</summary>
    Original,
}

/// <summary>
/// RenzoOracle: token valuation from Chainlink-style feeds with a staleness window, and the ezETH mint/redeem math.
/// </summary>
public sealed class RenzoOracle(IPriceOracle feeds)
{
    /// <summary><c>MAX_TIME_WINDOW</c> = 86400 + 60 s.</summary>
    public const ulong MaxTimeWindow = 86_460;

    private static readonly UInt256 Scale = Wad.One;

    /// <summary><c>lookupTokenValue</c>: price·balance/1e18, ETH 1:1; stale or non-positive prices revert.</summary>
    public UInt256 LookupTokenValue(string asset, UInt256 balance, ulong now) =>
        asset == Assets.Eth ? balance : UInt256.MulDiv(Price(asset, now), balance, Scale, Rounding.Down);

    /// <summary><c>lookupTokenAmountFromValue</c>: value·1e18/price, ETH 1:1.</summary>
    public UInt256 LookupTokenAmountFromValue(string asset, UInt256 value, ulong now) =>
        asset == Assets.Eth ? value : UInt256.MulDiv(value, Scale, Price(asset, now), Rounding.Down);

    private UInt256 Price(string asset, ulong now)
    {
        var reading = feeds.Latest(asset);
        if (now > MaxTimeWindow && reading.UpdatedAt < now - MaxTimeWindow) throw new RevertException("OracleExpired");
        if (reading.Answer.Sign <= 0) throw new RevertException("InvalidOraclePrice");
        return (UInt256)reading.Answer;
    }

    /// <summary>
    /// <c>calculateMintAmount(currentValueInProtocol, newValueAdded, existingEzETHSupply)</c>: the first mint is 1:1;
    /// a zero result reverts <c>InvalidTokenAmount</c>.
    /// </summary>
    public static UInt256 CalculateMintAmount(UInt256 tvl, UInt256 newValueAdded, UInt256 supply, RenzoMintFormula formula = RenzoMintFormula.Current)
    {
        if (tvl.IsZero || supply.IsZero) return newValueAdded;
        UInt256 mint;
        if (formula == RenzoMintFormula.Current)
        {
            mint = UInt256.MulDiv(supply, newValueAdded, tvl, Rounding.Down);
        }
        else
        {
            var inflationPercentage = Scale * newValueAdded / (tvl + newValueAdded);
            var newSupply = supply * Scale / (Scale - inflationPercentage);
            mint = newSupply - supply;
        }

        if (mint.IsZero) throw new RevertException("InvalidTokenAmount");
        return mint;
    }

    /// <summary><c>calculateRedeemAmount</c>: TVL·burned/supply (floor); zero reverts <c>InvalidTokenAmount</c>.</summary>
    public static UInt256 CalculateRedeemAmount(UInt256 tvl, UInt256 ezETHBeingBurned, UInt256 supply)
    {
        var redeem = UInt256.MulDiv(tvl, ezETHBeingBurned, supply, Rounding.Down);
        if (redeem.IsZero) throw new RevertException("InvalidTokenAmount");
        return redeem;
    }
}
