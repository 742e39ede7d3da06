using Restake.Numerics;

namespace Restake.Protocols.LiquidStaking.Lido;

/// <summary>
/// Lido's PositiveTokenRebaseLimiter: caps the share-rate increase of one report at
/// <c>rebaseLimit / 1e9</c>; ether above the cap stays in the vaults for the next report.
/// </summary>
internal struct PositiveTokenRebaseLimiter
{
    private readonly UInt256 _preTotalPooledEther;
    private readonly UInt256 _preTotalShares;
    private readonly UInt256 _rebaseLimit;
    private UInt256 _currentTotalPooledEther;

    public PositiveTokenRebaseLimiter(UInt256 rebaseLimit, UInt256 preTotalPooledEther, UInt256 preTotalShares)
    {
        if (rebaseLimit.IsZero) throw new RevertException("TooLowTokenRebaseLimit");
        if (rebaseLimit > SanityLimits.UnlimitedRebase) throw new RevertException("TooHighTokenRebaseLimit");
        if (preTotalPooledEther.IsZero) rebaseLimit = SanityLimits.UnlimitedRebase;
        _preTotalPooledEther = preTotalPooledEther;
        _currentTotalPooledEther = preTotalPooledEther;
        _preTotalShares = preTotalShares;
        _rebaseLimit = rebaseLimit;
    }

    private readonly bool Unlimited => _rebaseLimit == SanityLimits.UnlimitedRebase;

    private readonly UInt256 MaxTotalPooledEther =>
        _preTotalPooledEther + _rebaseLimit * _preTotalPooledEther / SanityLimits.LimiterPrecisionBase;

    public readonly bool IsLimitReached => !Unlimited && _currentTotalPooledEther >= MaxTotalPooledEther;

    public void DecreaseEther(UInt256 amount)
    {
        if (Unlimited) return;
        if (amount > _currentTotalPooledEther) throw new RevertException("NegativeTotalPooledEther");
        _currentTotalPooledEther -= amount;
    }

    /// <summary>Adds up to the cap and returns the part consumed.</summary>
    public UInt256 IncreaseEther(UInt256 amount)
    {
        if (Unlimited) return amount;
        var previous = _currentTotalPooledEther;
        _currentTotalPooledEther = UInt256.Min(_currentTotalPooledEther + amount, MaxTotalPooledEther);
        return _currentTotalPooledEther - previous;
    }

    /// <summary>Shares that may be burnt without the share rate passing the cap.</summary>
    public readonly UInt256 SharesToBurnLimit()
    {
        if (Unlimited) return _preTotalShares;
        if (IsLimitReached) return UInt256.Zero;
        var rebaseLimitPlus1 = _rebaseLimit + SanityLimits.LimiterPrecisionBase;
        var pooledEtherRate = _currentTotalPooledEther * SanityLimits.LimiterPrecisionBase / _preTotalPooledEther;
        return _preTotalShares * (rebaseLimitPlus1 - pooledEtherRate) / rebaseLimitPlus1;
    }
}
