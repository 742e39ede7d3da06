using Restake.Numerics;
using Restake.Protocols.LiquidRestaking;
using Restake.Protocols.LiquidRestaking.Renzo;
using Restake.Protocols.Restaking.EigenLayer;

namespace Restake.Protocols.Stack;

/// <summary>
/// A Renzo-style LRT that really restakes in the stack's EigenLayer core: one operator delegator per policy leg,
/// delegated to that leg's operator; the vault's restaked TVL is read live from the core through
/// <see cref="EigenLayerPositions"/>, so a slash in the core moves the NAV through the core's own accounting.
/// The vault's pending and buffered ETH sits in the wallet account <see cref="Account"/>.
/// </summary>
public sealed class RestakedLrt
{
    private readonly EigenLayerCore _core;
    private readonly StackTokens _tokens;
    private readonly Address _weth;
    private readonly Address _strategy;

    internal RestakedLrt(LrtSpec spec, EigenLayerCore core, StackTokens tokens, Address weth, Address strategy,
        IReadOnlyList<(Address Operator, Address Delegator)> legs)
    {
        Id = spec.Id;
        _core = core;
        _tokens = tokens;
        _weth = weth;
        _strategy = strategy;
        Legs = legs;
        Weights = spec.Delegation.Select(d => d.WeightBps).ToArray();
        Positions = new EigenLayerPositions(core, legs.Select(l => l.Delegator).ToArray(),
            new Dictionary<Address, string> { [strategy] = Assets.Eth });
        Vault = new RenzoVault(Positions, new PriceBook()) { FeeBasisPoints = spec.FeeBasisPoints, CoolDownPeriod = spec.CoolDownSeconds };
        Vault.SetWithdrawBufferTarget(Assets.Eth, spec.WithdrawBufferTarget);
    }

    /// <summary>The token id (e.g. ezETH).</summary>
    public string Id { get; }

    /// <summary>Wallet account of the vault's contracts (deposit queue and withdraw buffer ETH).</summary>
    public string Account => "lrt:" + Id;

    /// <summary>The vault engine (its own API and ledger).</summary>
    public RenzoVault Vault { get; }

    /// <summary>The live reader of the vault's restaked positions.</summary>
    public EigenLayerPositions Positions { get; }

    /// <summary>Operator and operator-delegator address of each policy leg.</summary>
    public IReadOnlyList<(Address Operator, Address Delegator)> Legs { get; }

    /// <summary>Policy weights (bps), one per leg.</summary>
    public IReadOnlyList<uint> Weights { get; }

    private ulong Now => _core.Timestamp;

    /// <summary>NAV per token (1e18): the vault's <c>getRate</c>.</summary>
    public UInt256 Rate() => Vault.Rate(Now);

    /// <summary>The vault's TVL (<c>calculateTVLs</c>).</summary>
    public UInt256 Tvl() => Vault.CalculateTvl(Now);

    /// <summary>RestakeManager <c>depositETH</c>: the caller's ETH enters the deposit queue, ezETH is minted at the TVL before.</summary>
    public UInt256 DepositEth(string user, UInt256 amount)
    {
        _tokens.Wallets.Require(Assets.Eth, user, amount);
        var minted = Vault.DepositEth(user, amount, Now);
        _tokens.Wallets.Transfer(Assets.Eth, user, Account, amount);
        return minted;
    }

    /// <summary>
    /// DepositQueue <c>stakeEthFromQueue</c>: takes <paramref name="amount"/> of queued ETH, splits it by the policy
    /// weights and deposits each part into the core's ETH strategy from that leg's operator delegator (wrapped 1:1).
    /// Returns the deposit shares per leg.
    /// </summary>
    public IReadOnlyList<UInt256> StakeEthFromQueue(UInt256 amount)
    {
        if (amount.IsZero) throw new RevertException("InvalidZeroInput");
        if (amount > Vault.Pending(Assets.Eth)) throw new RevertException("InsufficientPendingBalance");
        var parts = AllocationPolicy.Split(amount, Weights);
        var shares = _core.Execute(() =>
        {
            var result = new UInt256[parts.Length];
            for (var k = 0; k < parts.Length; k++)
            {
                if (parts[k].IsZero) continue;
                var od = Legs[k].Delegator;
                _core.Tokens.Mint(_weth, od, parts[k]);
                _core.Tokens.Approve(_weth, od, _core.StrategyManager.Self, parts[k]);
                result[k] = _core.StrategyManager.DepositIntoStrategy(od, _strategy, _weth, parts[k]);
            }

            return result;
        });
        Vault.TakePendingForRestaking(Assets.Eth, amount);
        _tokens.Wallets.Transfer(Assets.Eth, Account, RestakeStack.WethAccount, amount);
        return shares;
    }

    /// <summary>WithdrawQueue <c>withdraw</c>: locks the caller's ezETH for ETH at today's TVL; returns the request id.</summary>
    public int Withdraw(string user, UInt256 amount) => Vault.Withdraw(user, amount, Assets.Eth, Now);

    /// <summary>WithdrawQueue <c>claim</c>: after the cooldown pays min(amount at request, amount now) from the buffer.</summary>
    public UInt256 Claim(string user, int requestId)
    {
        var paid = Vault.Claim(user, requestId, Now);
        _tokens.Wallets.Transfer(Assets.Eth, Account, user, paid);
        return paid;
    }

    /// <summary>DepositQueue <c>receive</c>: consensus/execution rewards arrive (new ETH); the fee goes to the fee address.</summary>
    public UInt256 ReceiveRewards(UInt256 amount)
    {
        var fee = Vault.ReceiveRewards(amount);
        _tokens.Wallets.Mint(Assets.Eth, Account, amount - fee);
        _tokens.Wallets.Mint(Assets.Eth, "feeAddress:" + Id, fee);
        return fee;
    }
}
