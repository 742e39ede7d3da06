using Restake.Numerics;
using Restake.Protocols.Lending.Aave;
using Restake.Protocols.Stack;

namespace Restake.Protocols.Tests.Stack;

/// <summary>A small wired world: avs1/0 over two operators, ezETH delegating 60/40, an ETH/ezETH pool and an Aave market.</summary>
internal static class StackFixture
{
    public static readonly UInt256 E18 = Wad.One;
    public static readonly UInt256 EthUsd = 300_000_000_000UL; // $3,000 with 8 decimals

    public static UInt256 Eth(ulong whole) => (UInt256)whole * E18;

    public static ReserveSpec EthReserve => new("ETH",
        new ReserveConfiguration(18, 8_000, 8_250, 10_500, 1_000, 1_500),
        InterestRateModel.FromBps(9_000, 0, 270, 8_000), PriceSpec.Base);

    public static ReserveSpec EzEthReserve(PriceSpec price) => new("ezETH",
        new ReserveConfiguration(18, 7_200, 7_500, 10_750, 1_000, 1_500, BorrowingEnabled: false),
        InterestRateModel.FromBps(4_500, 0, 700, 30_000), price);

    public static StackSpec Spec(PriceSpec? ezEthPrice = null, bool rateOracle = false) => new()
    {
        Avss = [new AvsSpec("avs1", [0])],
        Operators =
        [
            new OperatorSpec("op1", [new AllocationSpec("avs1", 0, 500_000_000_000_000_000UL)]),
            new OperatorSpec("op2", [new AllocationSpec("avs1", 0, 250_000_000_000_000_000UL)]),
        ],
        Lrts = [new LrtSpec("ezETH", [new DelegationLeg("op1", 6_000), new DelegationLeg("op2", 4_000)])],
        Pools = [new PoolSpec("ezeth-pool", ["ETH", "ezETH"]) { RateOracle = rateOracle }],
        Markets =
        [
            new MarketSpec("market", new Dictionary<string, UInt256> { ["ETH"] = EthUsd },
                [EthReserve, EzEthReserve(ezEthPrice ?? new PriceSpec(LrtPriceSource.PoolSpot, "ezeth-pool"))]),
        ],
        Holders =
        [
            new HolderSpec("whale", new Dictionary<string, UInt256> { ["ETH"] = Eth(100_000) }),
            new HolderSpec("lp", new Dictionary<string, UInt256> { ["ETH"] = Eth(20_000) }),
            new HolderSpec("borrower", new Dictionary<string, UInt256> { ["ETH"] = Eth(1_000) }),
            new HolderSpec("lender", new Dictionary<string, UInt256> { ["ETH"] = Eth(50_000) }),
            new HolderSpec("liquidator", new Dictionary<string, UInt256> { ["ETH"] = Eth(10_000) }),
        ],
    };

    /// <summary>
    /// Deposits (whale 50,000, lp 10,000, borrower 1,000 ETH), stakes all of it, seeds the pool 10,000/10,000, the
    /// lender supplies 50,000 ETH, the borrower supplies its 1,000 ezETH and borrows <paramref name="borrow"/> ETH.
    /// </summary>
    public static RestakeStack Funded(StackSpec spec, UInt256 borrow)
    {
        var s = new RestakeStack(spec);
        var ez = s.Lrt("ezETH");
        ez.DepositEth("whale", Eth(50_000));
        ez.DepositEth("lp", Eth(10_000));
        ez.DepositEth("borrower", Eth(1_000));
        ez.StakeEthFromQueue(Eth(61_000));
        s.Pool("ezeth-pool").AddLiquidity("lp", [Eth(10_000), Eth(10_000)], 0);
        s.Sync();
        var m = s.Market("market");
        m.Supply("lender", "ETH", Eth(50_000));
        m.Supply("borrower", "ezETH", Eth(1_000));
        m.Borrow("borrower", "ETH", borrow);
        s.Sync();
        return s;
    }
}
