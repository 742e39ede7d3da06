using System.Diagnostics;
using Restake.Numerics;
using Restake.Protocols.Lending.Aave;
using Restake.Protocols.Restaking.EigenLayer;
using Restake.Protocols.Stack;

namespace Restake.Sandbox.Stack;

/// <summary>Size of the simulated world and of one day's activity.</summary>
public sealed record StackDayShape
{
    public int Operators { get; init; } = 2_000;
    public int Stakers { get; init; } = 100_000;
    public int Avss { get; init; } = 20;
    public int LrtOperators { get; init; } = 20;
    public int LrtHolders { get; init; } = 5_000;
    public int Borrowers { get; init; } = 1_000;
    public int CoreDeposits { get; init; } = 2_000;
    public int CoreWithdrawalRequests { get; init; } = 500;
    public int LrtDeposits { get; init; } = 1_000;
    public int LrtWithdrawalRequests { get; init; } = 200;
    public int Swaps { get; init; } = 1_000;
    public int OracleUpdates { get; init; } = 24;
    public bool Slash { get; init; } = true;
    public int Seed { get; init; } = 1;
}

/// <summary>Wall time of one simulated day, per activity, with the counts that ran.</summary>
public sealed record StackDayTiming(
    double TotalMs, IReadOnlyDictionary<string, double> ActivityMs, IReadOnlyDictionary<string, int> Counts, string LrtRate, string PoolPrice);

/// <summary>
/// One simulated day of the whole wired stack at mainnet scale. The world: <see cref="StackDayShape.Operators"/>
/// operators allocating to the AVSs' sets, <see cref="StackDayShape.Stakers"/> direct stakers delegated round-robin,
/// an ezETH vault restaking through 20 operators, an ETH/ezETH pool and an Aave market with leveraged ezETH
/// borrowers. A day: core deposits and withdrawal requests, LRT deposits, staking from the queue, withdrawal
/// requests and one rewards accrual, a batch of swaps, hourly oracle updates each followed by a health check of every
/// borrower, and (optionally) one AVS slash followed by liquidations of every borrower below health factor 1.
/// </summary>
public sealed class StackDayWorkload
{
    private static readonly UInt256 E18 = Wad.One;
    private readonly Random _random;
    private readonly Address[] _stakers;
    private readonly string[] _holders;
    private readonly string[] _borrowers;
    private int _day;

    /// <summary>Builds the world (not part of the timed day).</summary>
    public StackDayWorkload(StackDayShape shape)
    {
        Shape = shape;
        _random = new Random(shape.Seed);
        var avss = Enumerable.Range(0, shape.Avss).Select(a => new AvsSpec($"avs{a}", [0])).ToArray();
        var operators = Enumerable.Range(0, shape.Operators).Select(i => new OperatorSpec($"op{i}",
        [
            new AllocationSpec($"avs{i % shape.Avss}", 0, 300_000_000_000_000_000UL),
            new AllocationSpec($"avs{(i + 7) % shape.Avss}", 0, 200_000_000_000_000_000UL),
        ])).ToArray();
        _holders = Enumerable.Range(0, shape.LrtHolders).Select(i => $"holder{i}").ToArray();
        _borrowers = Enumerable.Range(0, shape.Borrowers).Select(i => $"borrower{i}").ToArray();
        var holders = _holders.Concat(_borrowers).Append("lp").Append("lender").Append("liquidator")
            .Select(h => new HolderSpec(h, new Dictionary<string, UInt256> { ["ETH"] = Eth(1_000_000) })).ToArray();
        Stack = new RestakeStack(new StackSpec
        {
            Avss = avss,
            Operators = operators,
            Lrts = [new LrtSpec("ezETH", Enumerable.Range(0, shape.LrtOperators).Select(i => new DelegationLeg($"op{i}", 1)).ToArray()) { FeeBasisPoints = 1_000 }],
            Pools = [new PoolSpec("ezeth-pool", ["ETH", "ezETH"])],
            Markets =
            [
                new MarketSpec("market", new Dictionary<string, UInt256> { ["ETH"] = 300_000_000_000UL },
                [
                    new ReserveSpec("ETH", new ReserveConfiguration(18, 8_000, 8_250, 10_500, 1_000, 1_500), InterestRateModel.FromBps(9_000, 0, 270, 8_000), PriceSpec.Base),
                    new ReserveSpec("ezETH", new ReserveConfiguration(18, 7_200, 7_500, 10_750, 1_000, 1_500, BorrowingEnabled: false),
                        InterestRateModel.FromBps(4_500, 0, 700, 30_000), new PriceSpec(LrtPriceSource.PoolOracle, "ezeth-pool")),
                ]),
            ],
            Holders = holders,
        });

        var core = Stack.Core;
        _stakers = Enumerable.Range(0, shape.Stakers).Select(i => Address.Named($"staker{i}", 0x1_0000_0000UL + (ulong)i)).ToArray();
        for (var i = 0; i < _stakers.Length; i++)
        {
            var amount = Eth(32) + (UInt256)(ulong)_random.NextInt64(0, 1L << 60);
            core.Tokens.Mint(Stack.Weth, _stakers[i], amount * 100);
            Stack.Tokens.Wallets.Mint("ETH", RestakeStack.WethAccount, amount * 100);
            core.Tokens.Approve(Stack.Weth, _stakers[i], core.StrategyManager.Self, UInt256.MaxValue);
            core.StrategyManager.DepositIntoStrategy(_stakers[i], Stack.EthStrategy, Stack.Weth, amount);
            core.DelegationManager.DelegateTo(_stakers[i], Stack.Resolve($"op{i % shape.Operators}"));
        }

        var ez = Stack.Lrt("ezETH");
        foreach (var h in _holders) ez.DepositEth(h, Eth(100));
        ez.DepositEth("lp", Eth(100_000));
        foreach (var b in _borrowers) ez.DepositEth(b, Eth(100));
        ez.StakeEthFromQueue(ez.Vault.Pending("ETH"));
        Stack.Pool("ezeth-pool").AddLiquidity("lp", [Eth(100_000), Eth(100_000)], 0);
        var market = Stack.Market("market");
        market.Supply("lender", "ETH", Eth(1_000_000));
        foreach (var b in _borrowers)
        {
            market.Supply(b, "ezETH", Eth(100));
            market.Borrow(b, "ETH", Eth(60) + (UInt256)(ulong)_random.NextInt64(0, 12) * E18);
        }

        Stack.Sync();
    }

    public StackDayShape Shape { get; }

    /// <summary>The wired world.</summary>
    public RestakeStack Stack { get; }

    /// <summary>Runs one day (7,200 blocks) and returns its timings.</summary>
    public StackDayTiming RunDay()
    {
        _day++;
        var ms = new Dictionary<string, double>();
        var counts = new Dictionary<string, int>();
        var total = Stopwatch.StartNew();
        var core = Stack.Core;
        var ez = Stack.Lrt("ezETH");
        var pool = Stack.Pool("ezeth-pool");
        var market = Stack.Market("market");

        Time(ms, counts, "coreDeposits", Shape.CoreDeposits, i =>
        {
            var staker = _stakers[_random.Next(_stakers.Length)];
            core.Execute(() => core.StrategyManager.DepositIntoStrategy(staker, Stack.EthStrategy, Stack.Weth, Eth(1) + (ulong)i));
        });
        Time(ms, counts, "coreWithdrawalRequests", Shape.CoreWithdrawalRequests, i =>
        {
            var staker = _stakers[_random.Next(_stakers.Length)];
            var shares = core.StrategyManager.StakerDepositShares(staker, Stack.EthStrategy) / 10;
            if (!shares.IsZero) core.Execute(() => core.DelegationManager.QueueWithdrawals(staker, [new QueuedWithdrawalParams([Stack.EthStrategy], [shares])]));
        });
        Time(ms, counts, "lrtDeposits", Shape.LrtDeposits, _ => ez.DepositEth(_holders[_random.Next(_holders.Length)], Eth(1) + (ulong)_random.NextInt64(1L << 50)));
        Time(ms, counts, "stakeEthFromQueue", 1, _ => ez.StakeEthFromQueue(ez.Vault.Pending("ETH")));
        Time(ms, counts, "lrtWithdrawalRequests", Shape.LrtWithdrawalRequests, _ => ez.Withdraw(_holders[_random.Next(_holders.Length)], Eth(1)));
        Time(ms, counts, "rewardsAccrual", 1, _ => ez.ReceiveRewards(ez.Tvl() * 3 / 100 / 365));
        Time(ms, counts, "swaps", Shape.Swaps, _ =>
        {
            var sell = _random.Next(2);
            var trader = _holders[_random.Next(_holders.Length)];
            var dx = E18 / 10 + (ulong)_random.NextInt64(1L << 58);
            if (Stack.Tokens.BalanceOf(pool.Coins[sell], trader) >= dx) pool.Exchange(trader, sell, 1 - sell, dx, 0);
        });

        var unhealthy = 0;
        var blocksPerUpdate = 7_200 / Math.Max(1, Shape.OracleUpdates);
        for (var u = 0; u < Shape.OracleUpdates; u++)
        {
            Time(ms, counts, "oracleUpdates", 1, _ => Stack.AdvanceBlocks(blocksPerUpdate));
            Time(ms, counts, "healthChecks", _borrowers.Length, i =>
            {
                if (market.Market.HealthFactor(_borrowers[i]) < Wad.One) unhealthy++;
            });
        }

        if (Shape.Slash)
        {
            Time(ms, counts, "slash", 1, _ =>
            {
                var avs = Stack.Resolve($"avs{_day % Shape.Avss}");
                var op = Stack.Resolve($"op{_day % Shape.LrtOperators}");
                core.Execute(() => core.AllocationManager.SlashOperator(avs, avs, new SlashingParams(op, 0, [Stack.EthStrategy], [50_000_000_000_000_000UL])));
                Stack.Sync();
            });
            Time(ms, counts, "liquidationScan", _borrowers.Length, i =>
            {
                if (market.Market.HealthFactor(_borrowers[i]) >= Wad.One) return;
                market.LiquidationCall("liquidator", "ezETH", "ETH", _borrowers[i], UInt256.MaxValue);
                counts["liquidated"] = counts.GetValueOrDefault("liquidated") + 1;
            });
        }

        counts["unhealthyChecks"] = unhealthy;
        total.Stop();
        return new StackDayTiming(total.Elapsed.TotalMilliseconds, ms, counts, ez.Rate().ToString(), pool.PriceOf("ezETH", "ETH", ema: false).ToString());
    }

    private static void Time(Dictionary<string, double> ms, Dictionary<string, int> counts, string name, int n, Action<int> action)
    {
        var sw = Stopwatch.StartNew();
        var done = 0;
        for (var i = 0; i < n; i++)
        {
            try
            {
                action(i);
                done++;
            }
            catch (RevertException)
            {
                // a reverted transaction is part of a day too; it is timed but not counted
            }
        }

        ms[name] = ms.GetValueOrDefault(name) + sw.Elapsed.TotalMilliseconds;
        counts[name] = counts.GetValueOrDefault(name) + done;
    }

    private static UInt256 Eth(ulong whole) => (UInt256)whole * E18;
}
