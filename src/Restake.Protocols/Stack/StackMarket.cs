using Restake.Numerics;
using Restake.Protocols.Lending.Aave;
using Restake.Protocols.LiquidRestaking;

namespace Restake.Protocols.Stack;

/// <summary>
/// An Aave v3.3-style market wired to the stack: underlying tokens sit in <see cref="Account"/>; plain assets are
/// priced by a base feed, LRT collateral by the pool's price or the vault's capped rate, pushed by
/// <see cref="RestakeStack.Sync"/> after every operation. Each call checks the caller's balance, runs the market
/// engine (all-or-nothing) and then moves the tokens.
/// </summary>
public sealed class StackMarket
{
    private readonly StackTokens _tokens;
    private readonly Dictionary<string, MarketPrice> _baseFeeds = new(StringComparer.Ordinal);
    private readonly List<LrtFeed> _lrtFeeds = [];

    /// <summary>An LRT reserve's price wiring.</summary>
    internal sealed record LrtFeed(string Asset, PriceSpec Spec, MarketPrice? Market, CappedExchangeRatePrice? Capped);

    internal StackMarket(MarketSpec spec, StackTokens tokens, ulong timestamp, Func<string, UInt256> lrtRate)
    {
        Id = spec.Id;
        _tokens = tokens;
        Market = new AaveMarket(timestamp);
        foreach (var (asset, price) in spec.BasePrices) _baseFeeds[asset] = new MarketPrice(price);
        foreach (var r in spec.Reserves)
        {
            IAssetPriceSource source;
            if (r.Price.Source is null)
            {
                source = _baseFeeds.TryGetValue(r.Asset, out var feed) ? feed : throw new ArgumentException($"market {Id}: no base price for {r.Asset}");
            }
            else if (r.Price.Source == LrtPriceSource.CappedRate)
            {
                var snapshot = r.Price.SnapshotRatio.IsZero ? lrtRate(r.Asset) : r.Price.SnapshotRatio;
                var capped = new CappedExchangeRatePrice(EthFeed, lrtRate(r.Asset), snapshot, timestamp, r.Price.MaxYearlyGrowthBps);
                _lrtFeeds.Add(new LrtFeed(r.Asset, r.Price, null, capped));
                source = capped;
            }
            else
            {
                var market = new MarketPrice(EthFeed.Value);
                _lrtFeeds.Add(new LrtFeed(r.Asset, r.Price, market, null));
                source = market;
            }

            Market.AddReserve(r.Asset, r.Configuration, r.RateModel, source);
        }
    }

    public string Id { get; }

    /// <summary>The market engine.</summary>
    public AaveMarket Market { get; }

    /// <summary>Account holding the market's underlying tokens.</summary>
    public string Account => "market:" + Id;

    /// <summary>The ETH base feed (8-decimal USD) that LRT prices are built on.</summary>
    public MarketPrice EthFeed => _baseFeeds.TryGetValue(Assets.Eth, out var f) ? f : throw new ArgumentException($"market {Id}: no base price for ETH");

    /// <summary>Base feeds of plain assets; setting a value moves that asset's price.</summary>
    public IReadOnlyDictionary<string, MarketPrice> BaseFeeds => _baseFeeds;

    internal IReadOnlyList<LrtFeed> LrtFeeds => _lrtFeeds;

    /// <summary><c>supply(asset, amount, onBehalfOf = caller)</c>.</summary>
    public void Supply(string caller, string asset, UInt256 amount)
    {
        _tokens.Require(asset, caller, amount);
        Market.Supply(caller, asset, amount);
        _tokens.Transfer(asset, caller, Account, amount);
    }

    /// <summary><c>withdraw(asset, amount, to = caller)</c>; <see cref="UInt256.MaxValue"/> withdraws everything.</summary>
    public UInt256 Withdraw(string caller, string asset, UInt256 amount)
    {
        var paid = Market.Withdraw(caller, asset, amount);
        _tokens.Transfer(asset, Account, caller, paid);
        return paid;
    }

    /// <summary><c>borrow(asset, amount, variable, 0, onBehalfOf = caller)</c>.</summary>
    public void Borrow(string caller, string asset, UInt256 amount)
    {
        Market.Borrow(caller, asset, amount);
        _tokens.Transfer(asset, Account, caller, amount);
    }

    /// <summary><c>repay(asset, amount, variable, onBehalfOf = caller)</c>; returns the amount repaid.</summary>
    public UInt256 Repay(string caller, string asset, UInt256 amount)
    {
        var owed = Market.DebtBalance(caller, asset);
        _tokens.Require(asset, caller, UInt256.Min(amount, owed));
        var paid = Market.Repay(caller, asset, amount);
        _tokens.Transfer(asset, caller, Account, paid);
        return paid;
    }

    /// <summary>
    /// <c>liquidationCall(collateral, debt, user, debtToCover, false)</c> by <paramref name="liquidator"/>, who must hold
    /// the lesser of <paramref name="debtToCover"/> and the user's debt; pays the debt repaid, receives the collateral.
    /// </summary>
    public LiquidationResult LiquidationCall(string liquidator, string collateralAsset, string debtAsset, string user, UInt256 debtToCover)
    {
        var owed = Market.DebtBalance(user, debtAsset);
        _tokens.Require(debtAsset, liquidator, UInt256.Min(debtToCover, owed));
        var result = Market.LiquidationCall(collateralAsset, debtAsset, user, debtToCover);
        _tokens.Transfer(debtAsset, liquidator, Account, result.ActualDebtToLiquidate);
        _tokens.Transfer(collateralAsset, Account, liquidator, result.CollateralToLiquidator);
        return result;
    }
}
