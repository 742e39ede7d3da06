using Restake.Numerics;
using Restake.Protocols.Lending.Aave;

namespace Restake.Protocols.Tests.Lending;

/// <summary>A small market: wstETH collateral, WETH debt, both 18 decimals, 8-decimal USD prices.</summary>
internal static class AaveFixture
{
    public static readonly UInt256 E18 = Wad.One;
    public static UInt256 Ether(ulong whole) => whole * E18;
    public static UInt256 Usd(ulong dollars) => dollars * 100_000_000UL;

    public static readonly InterestRateModel Weth = InterestRateModel.FromBps(9_000, 0, 270, 8_000);

    public static (AaveMarket Market, MarketPrice Collateral, MarketPrice Debt) Market(
        ulong wstEthUsd = 3_600, ulong wethUsd = 3_000, ulong lt = 8_100, ulong ltv = 7_800, ulong bonus = 10_600,
        ulong protocolFee = 1_000, ulong reserveFactor = 1_500)
    {
        var market = new AaveMarket(1_000);
        var collateral = new MarketPrice(Usd(wstEthUsd));
        var debt = new MarketPrice(Usd(wethUsd));
        market.AddReserve("wstETH", new ReserveConfiguration(18, ltv, lt, bonus, protocolFee, reserveFactor), Weth, collateral);
        market.AddReserve("WETH", new ReserveConfiguration(18, 8_000, 8_300, 10_500, protocolFee, reserveFactor), Weth, debt);
        market.Supply("whale", "WETH", Ether(100_000));
        return (market, collateral, debt);
    }
}
