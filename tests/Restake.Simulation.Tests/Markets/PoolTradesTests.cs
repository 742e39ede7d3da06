using CsCheck;
using Restake.Simulation.Exact;
using Restake.Simulation.Fast;
using Restake.Simulation.Markets;
using Restake.Simulation.MonteCarlo;
using Restake.Simulation.World;

namespace Restake.Simulation.Tests.Markets;

public class PoolTradesTests
{
    /// <summary>The June 2022 Curve stETH pool (A 50, 4 bp, 111,300 ETH against 491,000 stETH).</summary>
    private static readonly PoolSpec June2022 = new("curve-steth", 0, 50, 0.0004, 111_300, 491_000);

    private static readonly Gen<(double Eth, double Token, int A, double Liquidated, double Desired, double Budget)> Days =
        Gen.Select(Gen.Double[1_000, 500_000], Gen.Double[0.8, 4.0], Gen.Int[10, 400], Gen.Double[0, 0.05], Gen.Double[0, 0.1], Gen.Double[0, 0.2])
            .Select((eth, skew, a, liq, desired, budget) => (eth, eth * skew, a, eth * liq, eth * desired, eth * budget));

    /// <summary>One step's trades in the simulator's order: a liquidator's sale, panic sellers, arbitrageurs.</summary>
    private static void Day(IPoolEngine pool, PoolSpec spec, double liquidated, double desired, double budget, double target, Action? afterEach = null)
    {
        PoolTrades.Sell(pool, liquidated);
        afterEach?.Invoke();
        PoolTrades.PanicSale(pool, spec, desired, 0.97, 0.92);
        afterEach?.Invoke();
        PoolTrades.Arbitrage(pool, spec, budget, target);
        afterEach?.Invoke();
    }

    [Fact]
    public void Arbitrage_restores_the_price_to_the_carry_bound_when_capital_suffices()
    {
        var pool = new FastPool(June2022);
        var target = CarryBound.Price(June2022.Fee, 0.075, 0.04, 300);
        var (spent, bought) = PoolTrades.Arbitrage(pool, June2022, 1e6, target);
        // The search solves the fee-free invariant; the LPs' half of the fee left in the pool moves it by well under 1e-5.
        Assert.InRange(pool.Price(), target - 1e-5, target + 1e-5);
        Assert.True(spent > 50_000 && spent < 60_000, $"spent {spent}");
        Assert.True(bought > spent, "bought at a discount");
        // At the bound: next to nothing more to buy.
        var more = PoolTrades.Arbitrage(pool, June2022, 1e6, target).Spent;
        Assert.True(more < 1e-3 * spent, $"more {more}");
    }

    [Fact]
    public void Arbitrage_is_limited_by_the_capital_of_the_step()
    {
        var pool = new FastPool(June2022);
        var (spent, _) = PoolTrades.Arbitrage(pool, June2022, 6_000, 0.97);
        Assert.Equal(6_000, spent);
        Assert.True(pool.Price() < 0.97 && pool.Price() > 0.937);
    }

    [Fact]
    public void Liquidators_room_ends_at_their_break_even_price()
    {
        var pool = new FastPool(June2022);
        var floor = pool.Price() / 1.075;
        var room = PoolTrades.RoomAbove(pool, June2022, floor);
        pool.SellToken(room);
        Assert.InRange(pool.Price(), floor - 1e-3, floor + 1e-3);
    }

    [Fact]
    public void Balances_stay_positive_and_the_invariant_never_falls_through_a_day() =>
        Days.Sample(c =>
        {
            var spec = new PoolSpec("p", 0, c.A, 0.0004, c.Eth, c.Token);
            var pool = new FastPool(spec);
            var d = StableSwapSearch.Invariant(pool.EthBalance, pool.TokenValue, c.A);
            var ok = true;
            Day(pool, spec, c.Liquidated, c.Desired, c.Budget, 0.99, () =>
            {
                var next = StableSwapSearch.Invariant(pool.EthBalance, pool.TokenValue, c.A);
                ok &= pool.EthBalance > 0 && pool.TokenValue > 0 && next >= d * (1 - 1e-12);
                d = next;
            });
            return ok;
        }, iter: 300);

    [Fact]
    public void Fast_and_exact_pools_agree_on_a_day_of_trades() =>
        Days.Sample(c =>
        {
            var spec = new PoolSpec("p", 0, c.A, 0.0004, c.Eth, c.Token);
            var fast = new FastPool(spec);
            var exact = new ExactPool(spec);
            Day(fast, spec, c.Liquidated, c.Desired, c.Budget, 0.99);
            Day(exact, spec, c.Liquidated, c.Desired, c.Budget, 0.99);
            static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-6 * Math.Max(1, Math.Abs(b));
            return Close(fast.EthBalance, exact.EthBalance) && Close(fast.TokenValue, exact.TokenValue)
                   && Math.Abs(fast.Price() - exact.Price()) <= 1e-6;
        }, iter: 60);
}
