using Restake.Numerics;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>
/// A queued withdrawal (<c>IDelegationManagerTypes.Withdrawal</c>). Two withdrawals have the same root exactly when
/// every field matches (<see cref="SameRoot"/>); <c>(Staker, Nonce)</c> identifies it.
/// </summary>
public sealed record Withdrawal(
    Address Staker,
    Address DelegatedTo,
    Address Withdrawer,
    UInt256 Nonce,
    long StartBlock,
    IReadOnlyList<Address> Strategies,
    IReadOnlyList<UInt256> ScaledShares)
{
    /// <summary>True when both structs would hash to the same withdrawal root.</summary>
    public bool SameRoot(Withdrawal other) =>
        Staker == other.Staker && DelegatedTo == other.DelegatedTo && Withdrawer == other.Withdrawer &&
        Nonce == other.Nonce && StartBlock == other.StartBlock &&
        SameItems(Strategies, other.Strategies) && SameItems(ScaledShares, other.ScaledShares);

    private static bool SameItems<T>(IReadOnlyList<T> a, IReadOnlyList<T> b) where T : IEquatable<T>
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!a[i].Equals(b[i])) return false;
        return true;
    }
}

/// <summary>A withdrawal created by a call, with the withdrawable shares removed per strategy at queue time.</summary>
public sealed record QueuedWithdrawal(Withdrawal Withdrawal, IReadOnlyList<UInt256> SharesToWithdraw);

/// <summary><c>QueuedWithdrawalParams</c>: deposit shares to withdraw per strategy (the withdrawer is the caller).</summary>
public sealed record QueuedWithdrawalParams(IReadOnlyList<Address> Strategies, IReadOnlyList<UInt256> DepositShares);

/// <summary>
/// The delegation approver's EIP-712 approval, reduced to what is checked: who signed and until when (seconds).
/// </summary>
public sealed record ApproverSignature(Address Signer, ulong Expiry);
