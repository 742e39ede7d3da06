using Restake.Numerics;

namespace Restake.Protocols.LiquidStaking.Lido;

/// <summary>
/// Lido's WithdrawalQueueERC721: stETH is locked at request, requests are finalised FIFO by oracle reports at
/// min(request share rate, report share rate) — no rewards after the request, losses until finalisation —
/// and then claimed. In bunker mode only requests made before the bunker started are finalised.
/// </summary>
public sealed class WithdrawalQueue
{
    /// <summary>Holder id under which the queue keeps locked stETH shares.</summary>
    public const string Holder = "withdrawalQueue";

    /// <summary>Holder id of the Burner (finalised requests' shares awaiting burn).</summary>
    public const string Burner = "burner";

    public static readonly UInt256 MinStETHWithdrawalAmount = 100;
    public static readonly UInt256 MaxStETHWithdrawalAmount = UInt256.Parse("1000000000000000000000");

    private readonly Lido _lido;
    private readonly List<WithdrawalRequest> _requests = [];

    // Requests finalise strictly in order, so everything before this index is finalised.
    private int _firstUnfinalized;
    private UInt256 _unfinalizedStETH;

    internal WithdrawalQueue(Lido lido) => _lido = lido;

    public IReadOnlyList<WithdrawalRequest> Requests => _requests;

    /// <summary>Ether locked for finalised, unclaimed requests.</summary>
    public UInt256 LockedEther { get; private set; }

    /// <summary>Report timestamp at which bunker mode began, if it is on.</summary>
    public ulong? BunkerModeSince { get; internal set; }

    /// <summary>stETH of requests not yet finalised (valued at request time).</summary>
    public UInt256 UnfinalizedStETH => _unfinalizedStETH;

    /// <summary><c>requestWithdrawals</c> for one amount; stETH moves to the queue with transfer rounding.</summary>
    public int Request(string owner, UInt256 amountOfStETH, ulong timestamp)
    {
        if (amountOfStETH < MinStETHWithdrawalAmount) throw new RevertException("RequestAmountTooSmall");
        if (amountOfStETH > MaxStETHWithdrawalAmount) throw new RevertException("RequestAmountTooLarge");
        var shares = _lido.Transfer(owner, Holder, amountOfStETH);
        var request = new WithdrawalRequest(_requests.Count + 1, owner, amountOfStETH, shares, timestamp);
        _requests.Add(request);
        _unfinalizedStETH += amountOfStETH;
        return request.Id;
    }

    /// <summary><c>claimWithdrawal</c>: pays the finalised amount to the owner.</summary>
    public UInt256 Claim(int id, string caller)
    {
        if (id < 1 || id > _requests.Count || !_requests[id - 1].IsFinalized)
            throw new RevertException("RequestNotFoundOrNotFinalized");
        var request = _requests[id - 1];
        if (request.IsClaimed) throw new RevertException("RequestAlreadyClaimed");
        if (request.Owner != caller) throw new RevertException("NotOwner");
        LockedEther -= request.ClaimableEther;
        request.IsClaimed = true;
        return request.ClaimableEther;
    }

    internal sealed record FinalizationPlan(int Count, UInt256 EtherToLock, UInt256 Shares, UInt256[] Amounts);

    /// <summary>
    /// The FIFO batch a report can finalise: requests at least <paramref name="margin"/> seconds old (and, in
    /// bunker mode, made before it began), while the ether to lock fits in <paramref name="available"/>.
    /// </summary>
    internal FinalizationPlan Plan(ulong reportTimestamp, ulong margin, UInt256 shareRate, UInt256 available, ulong? bunkerSince)
    {
        var amounts = new List<UInt256>();
        UInt256 ether = UInt256.Zero, shares = UInt256.Zero;
        for (var k = _firstUnfinalized; k < _requests.Count; k++)
        {
            var r = _requests[k];
            if (r.Timestamp + margin > reportTimestamp) break;
            if (bunkerSince is { } since && r.Timestamp >= since) break;
            var amount = r.ShareRate > shareRate
                ? UInt256.MulDiv(r.AmountOfShares, shareRate, Wad.Ray, Rounding.Down)
                : r.AmountOfStETH;
            if (ether + amount > available) break;
            ether += amount;
            shares += r.AmountOfShares;
            amounts.Add(amount);
        }

        return new FinalizationPlan(amounts.Count, ether, shares, [.. amounts]);
    }

    internal void Commit(FinalizationPlan plan)
    {
        for (var i = 0; i < plan.Count; i++)
        {
            var r = _requests[_firstUnfinalized + i];
            r.ClaimableEther = plan.Amounts[i];
            r.IsFinalized = true;
            _unfinalizedStETH -= r.AmountOfStETH;
        }

        _firstUnfinalized += plan.Count;
        LockedEther += plan.EtherToLock;
    }
}
