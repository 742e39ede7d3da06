using Restake.Numerics;

namespace Restake.Protocols.LiquidStaking.Lido;

/// <summary>
/// Lido's staking rate limit (StakeLimitUtils): a bucket of at most <see cref="MaxStakeLimit"/> that refills
/// linearly over <see cref="MaxStakeLimitGrowthBlocks"/> blocks; a submit above the current limit reverts
/// <c>STAKE_LIMIT</c>.
/// </summary>
public sealed class StakeLimit
{
    public StakeLimit(UInt256 maxStakeLimit, ulong maxStakeLimitGrowthBlocks, ulong block)
    {
        MaxStakeLimit = maxStakeLimit;
        MaxStakeLimitGrowthBlocks = maxStakeLimitGrowthBlocks;
        PrevStakeLimit = maxStakeLimit;
        PrevStakeBlockNumber = block;
    }

    /// <summary>Mainnet: 150,000 ETH, refilled over 6,400 blocks (about a day).</summary>
    public static StakeLimit Mainnet(ulong block) => new(UInt256.Parse("150000000000000000000000"), 6_400, block);

    public UInt256 MaxStakeLimit { get; }
    public ulong MaxStakeLimitGrowthBlocks { get; }
    public UInt256 PrevStakeLimit { get; private set; }
    public ulong PrevStakeBlockNumber { get; private set; }

    /// <summary><c>calculateCurrentStakeLimit</c> at <paramref name="block"/>.</summary>
    public UInt256 Current(ulong block)
    {
        var perBlock = MaxStakeLimitGrowthBlocks == 0 ? UInt256.Zero : MaxStakeLimit / MaxStakeLimitGrowthBlocks;
        var projected = PrevStakeLimit + (UInt256)(block - PrevStakeBlockNumber) * perBlock;
        return UInt256.Min(projected, MaxStakeLimit);
    }

    /// <summary>Takes <paramref name="amount"/> from the bucket or reverts <c>STAKE_LIMIT</c>.</summary>
    internal void Consume(UInt256 amount, ulong block)
    {
        if (block < PrevStakeBlockNumber) throw new ArgumentException("Blocks must not go backwards.", nameof(block));
        var current = Current(block);
        if (amount > current) throw new RevertException("STAKE_LIMIT");
        PrevStakeLimit = current - amount;
        PrevStakeBlockNumber = block;
    }
}
