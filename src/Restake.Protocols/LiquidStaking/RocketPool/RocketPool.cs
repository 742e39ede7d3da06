using Restake.Numerics;

namespace Restake.Protocols.LiquidStaking.RocketPool;

/// <summary>
/// Rocket Pool rETH: an exchange-rate token whose rate comes from the oDAO's network-balances submission
/// (total ETH and rETH supply at a snapshot), so it moves only at submissions. Deposits pay a fee; node operators
/// take a commission on the rewards earned by pool ETH before they reach rETH.
/// </summary>
public sealed class RocketPool
{
    /// <summary><c>DEPOSIT_FEE_BASE</c>-scaled 1e18 = 100 %; 5e14 = 0.05 %.</summary>
    public static readonly UInt256 MainnetDepositFee = 500_000_000_000_000UL;

    /// <summary>LEB8 commission: 14 % (1e18 = 100 %).</summary>
    public static readonly UInt256 Leb8Commission = 140_000_000_000_000_000UL;

    public RocketPool(UInt256 depositFee, UInt256 nodeCommission)
    {
        DepositFee = depositFee;
        NodeCommission = nodeCommission;
    }

    public UInt256 DepositFee { get; set; }
    public UInt256 NodeCommission { get; set; }

    /// <summary>rETH balances; <see cref="ShareLedger.Total"/> is the live supply.</summary>
    public ShareLedger Reth { get; } = new("Insufficient rETH balance");

    /// <summary>Reported network total ETH (oDAO).</summary>
    public UInt256 NetworkTotalEth { get; private set; }

    /// <summary>Reported rETH supply (oDAO), the denominator of the rate.</summary>
    public UInt256 NetworkRethSupply { get; private set; }

    /// <summary>ETH in the deposit pool (liquid; pays burns).</summary>
    public UInt256 DepositPoolBalance { get; private set; }

    /// <summary>User ETH staked in minipools, with the users' net rewards.</summary>
    public UInt256 StakedUserEth { get; private set; }

    /// <summary>Actual ETH backing rETH (what the next submission will report).</summary>
    public UInt256 Backing => DepositPoolBalance + StakedUserEth;

    /// <summary><c>getEthValue</c>: ⌊rETH·totalEth/rethSupply⌋, 1:1 before any submission.</summary>
    public UInt256 GetEthValue(UInt256 reth) =>
        NetworkRethSupply.IsZero ? reth : UInt256.MulDiv(reth, NetworkTotalEth, NetworkRethSupply, Rounding.Down);

    /// <summary><c>getRethValue</c>: ⌊eth·rethSupply/totalEth⌋, 1:1 before any submission.</summary>
    public UInt256 GetRethValue(UInt256 eth) =>
        NetworkRethSupply.IsZero ? eth : UInt256.MulDiv(eth, NetworkRethSupply, NetworkTotalEth, Rounding.Down);

    /// <summary><c>getExchangeRate</c> = getEthValue(1e18).</summary>
    public UInt256 ExchangeRate => GetEthValue(Wad.One);

    /// <summary>Deposit: mints getRethValue(amount − amount·fee/1e18); the whole amount joins the deposit pool.</summary>
    public UInt256 Deposit(string user, UInt256 amount)
    {
        var fee = UInt256.MulDiv(amount, DepositFee, Wad.One, Rounding.Down);
        var reth = GetRethValue(amount - fee);
        if (reth.IsZero) throw new RevertException("Invalid token mint amount");
        var pool = DepositPoolBalance + amount;
        Reth.Mint(user, reth);
        DepositPoolBalance = pool;
        return reth;
    }

    /// <summary><c>burn</c>: pays getEthValue(rETH) from the deposit pool.</summary>
    public UInt256 Burn(string user, UInt256 reth)
    {
        if (reth.IsZero) throw new RevertException("Invalid token burn amount");
        if (reth > Reth.Of(user)) throw new RevertException("Insufficient rETH balance");
        var eth = GetEthValue(reth);
        if (eth > DepositPoolBalance) throw new RevertException("Insufficient ETH balance for exchange");
        Reth.Burn(user, reth);
        DepositPoolBalance -= eth;
        return eth;
    }

    /// <summary>Assigns deposit-pool ETH to minipools.</summary>
    public void Stake(UInt256 amount)
    {
        if (amount > DepositPoolBalance) throw new RevertException("Insufficient deposit pool balance");
        DepositPoolBalance -= amount;
        StakedUserEth += amount;
    }

    /// <summary>
    /// Rewards earned by pool ETH: node operators keep ⌊gross·commission/1e18⌋, the rest accrues to rETH.
    /// Returns the users' net part.
    /// </summary>
    public UInt256 AccrueRewards(UInt256 grossRewardsOnUserEth)
    {
        var net = grossRewardsOnUserEth - UInt256.MulDiv(grossRewardsOnUserEth, NodeCommission, Wad.One, Rounding.Down);
        StakedUserEth += net;
        return net;
    }

    /// <summary>A loss on pool ETH (slashing not covered by node bonds).</summary>
    public void RecordLoss(UInt256 amount)
    {
        if (amount > StakedUserEth) throw Panic.OverflowError();
        StakedUserEth -= amount;
    }

    /// <summary>The oDAO network-balances submission: snapshots backing and supply, moving the rate.</summary>
    public void SubmitBalances()
    {
        NetworkTotalEth = Backing;
        NetworkRethSupply = Reth.Total;
    }
}
