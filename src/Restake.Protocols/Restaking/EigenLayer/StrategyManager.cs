using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer.State;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>
/// StrategyManager: the deposit whitelist, stakers' deposit shares and strategy lists (at most 32, swap-and-pop
/// removal), and the escrow of slashed shares per (operator set, slash id, strategy) until they are cleared to the
/// burn address or the redistribution recipient. Pause bit 0 = deposits.
/// </summary>
public sealed partial class StrategyManager : CoreContract, IShareManager
{
    /// <summary>Pause bit of deposits.</summary>
    public const int PausedDeposits = 0;

    private readonly JournaledMap<(Address Staker, Address Strategy), UInt256> _depositShares;
    private readonly JournaledMap<Address, Address[]> _strategyList;
    private readonly JournaledMap<Address, bool> _whitelisted;

    internal StrategyManager(EigenLayerCore core, Address self) : base(core, self)
    {
        _depositShares = new(core.Journal);
        _strategyList = new(core.Journal);
        _whitelisted = new(core.Journal);
        _escrow = new(core.Journal);
        _pendingOperatorSets = new(core.Journal);
        _pendingSlashIds = new(core.Journal);
    }

    /// <summary><c>strategyIsWhitelistedForDeposit</c>.</summary>
    public bool IsWhitelisted(Address strategy) => _whitelisted[strategy];

    /// <summary><c>stakerDepositShares(staker, strategy)</c>.</summary>
    public UInt256 StakerDepositShares(Address staker, Address strategy) => _depositShares[(staker, strategy)];

    /// <summary><c>stakerStrategyList(staker)</c>, in contract order.</summary>
    public IReadOnlyList<Address> StakerStrategyList(Address staker) => _strategyList[staker] ?? [];

    /// <summary><c>addStrategiesToDepositWhitelist</c> (strategy whitelister only).</summary>
    public void AddStrategiesToDepositWhitelist(Address caller, IReadOnlyList<Address> strategies)
    {
        using var tx = Journal.Begin();
        if (caller != Core.Owner) throw new RevertException(Errors.OnlyStrategyWhitelister);
        foreach (var s in strategies) _whitelisted.Set(s, true);
        tx.Commit();
    }

    /// <summary><c>removeStrategiesFromDepositWhitelist</c> (strategy whitelister only).</summary>
    public void RemoveStrategiesFromDepositWhitelist(Address caller, IReadOnlyList<Address> strategies)
    {
        using var tx = Journal.Begin();
        if (caller != Core.Owner) throw new RevertException(Errors.OnlyStrategyWhitelister);
        foreach (var s in strategies) _whitelisted.Set(s, false);
        tx.Commit();
    }

    /// <summary>
    /// <c>depositIntoStrategy(strategy, token, amount)</c>: pulls the tokens into the strategy, credits the new
    /// shares to the caller and to the caller's operator. Returns the deposit shares credited.
    /// </summary>
    public UInt256 DepositIntoStrategy(Address caller, Address strategy, Address token, UInt256 amount)
    {
        using var tx = Journal.Begin();
        RequireNotPaused(PausedDeposits);
        if (!_whitelisted[strategy]) throw new RevertException(Errors.StrategyNotWhitelisted);
        var vault = Core.GetStrategy(strategy);
        Core.Tokens.TransferFrom(token, Self, caller, strategy, amount);
        var shares = vault.Deposit(Self, token, amount);
        var (prev, added) = AddSharesInternal(caller, strategy, shares);
        Core.DelegationManager.IncreaseDelegatedShares(Self, caller, strategy, prev, added);
        tx.Commit();
        return shares;
    }

    /// <inheritdoc />
    public (UInt256 Prev, UInt256 Added) AddShares(Address caller, Address staker, Address strategy, UInt256 shares)
    {
        using var tx = Journal.Begin();
        RequireDelegationManager(caller);
        var result = AddSharesInternal(staker, strategy, shares);
        tx.Commit();
        return result;
    }

    /// <inheritdoc />
    public UInt256 RemoveDepositShares(Address caller, Address staker, Address strategy, UInt256 depositShares)
    {
        using var tx = Journal.Begin();
        RequireDelegationManager(caller);
        if (depositShares.IsZero) throw new RevertException(Errors.SharesAmountZero);
        var current = _depositShares[(staker, strategy)];
        if (depositShares > current) throw new RevertException(Errors.SharesAmountTooHigh);
        var left = current - depositShares;
        _depositShares.Set((staker, strategy), left);
        if (left.IsZero)
        {
            var list = CowArray.Remove(_strategyList[staker], strategy) ?? throw new RevertException(Errors.StrategyNotFound);
            _strategyList.Set(staker, list);
        }

        tx.Commit();
        return left;
    }

    /// <inheritdoc />
    public void WithdrawSharesAsTokens(Address caller, Address staker, Address strategy, Address token, UInt256 shares)
    {
        using var tx = Journal.Begin();
        RequireDelegationManager(caller);
        Core.GetStrategy(strategy).Withdraw(Self, staker, token, shares);
        tx.Commit();
    }

    private (UInt256 Prev, UInt256 Added) AddSharesInternal(Address staker, Address strategy, UInt256 shares)
    {
        if (staker.IsZero) throw new RevertException(Errors.StakerAddressZero);
        if (shares.IsZero) throw new RevertException(Errors.SharesAmountZero);
        var prev = _depositShares[(staker, strategy)];
        if (prev.IsZero)
        {
            var list = _strategyList[staker];
            if ((list?.Length ?? 0) >= Core.Config.MaxStakerStrategyListLength) throw new RevertException(Errors.MaxStrategiesExceeded);
            _strategyList.Set(staker, CowArray.Append(list, strategy));
        }

        _depositShares.Set((staker, strategy), prev + shares);
        return (prev, shares);
    }

    private void RequireDelegationManager(Address caller)
    {
        if (caller != Core.DelegationManager.Self) throw new RevertException(Errors.OnlyDelegationManager);
    }
}
