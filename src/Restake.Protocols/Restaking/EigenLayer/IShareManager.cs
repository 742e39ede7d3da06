using Restake.Numerics;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>
/// The DelegationManager's view of a share manager (<c>IShareManager</c>): StrategyManager for ERC-20 strategies,
/// EigenPodManager for beacon-chain ETH. Every mutating member is callable only by the DelegationManager.
/// </summary>
public interface IShareManager
{
    /// <summary><c>addShares</c>: returns (previous deposit shares, shares actually added).</summary>
    (UInt256 Prev, UInt256 Added) AddShares(Address caller, Address staker, Address strategy, UInt256 shares);

    /// <summary><c>removeDepositShares</c>: returns the staker's deposit shares left.</summary>
    UInt256 RemoveDepositShares(Address caller, Address staker, Address strategy, UInt256 depositShares);

    /// <summary><c>withdrawSharesAsTokens</c>.</summary>
    void WithdrawSharesAsTokens(Address caller, Address staker, Address strategy, Address token, UInt256 shares);

    /// <summary><c>increaseBurnOrRedistributableShares</c>.</summary>
    void IncreaseBurnOrRedistributableShares(Address caller, OperatorSet operatorSet, UInt256 slashId, Address strategy, UInt256 shares);

    /// <summary><c>stakerDepositShares</c> (non-negative).</summary>
    UInt256 StakerDepositShares(Address staker, Address strategy);
}
