using Restake.Numerics;
using Restake.Protocols.LiquidStaking;

namespace Restake.Protocols.LiquidRestaking.Swell;

/// <summary>What a reprice computed (UD60x18 values as raw integers).</summary>
public sealed record Reprice(UInt256 TotalReserves, UInt256 RewardsInEth, UInt256 RewardsInSwEth, UInt256 SwEthToEthRate, UInt256 NodeOperatorRewards, UInt256 TreasuryRewards);

/// <summary>
/// Swell swETH / rswETH: a stored rate set by the repricer bot, minting the reward fee as new tokens split between
/// node operators and the treasury; deposits mint at the stored rate. UD60x18 arithmetic: mul = x·y/1e18,
/// div = x·1e18/y, both floored.
/// </summary>
public sealed class SwEth
{
    public const string Treasury = "treasury";
    public const string NodeOperators = "nodeOperators";

    private static readonly UInt256 One = Wad.One;

    public ShareLedger Balances { get; } = new("ERC20: burn amount exceeds balance");

    /// <summary>Stored <c>swETHToETHRateFixed</c> (zero = never repriced, read as 1).</summary>
    public UInt256 RateFixed { get; private set; }

    public UInt256 SwellTreasuryRewardPercentage { get; set; }
    public UInt256 NodeOperatorRewardPercentage { get; set; }
    public ulong MinimumRepriceTime { get; set; }
    public UInt256 MaximumRepriceDifferencePercentage { get; set; }
    public UInt256 MaximumRepriceSwEthDifferencePercentage { get; set; }
    public ulong LastRepriceUnix { get; private set; }
    public UInt256 LastRepriceEthReserves { get; private set; }

    /// <summary>Ether deposited since the last reprice (the bot adds it to the pre-reward reserves).</summary>
    public UInt256 EthDepositedSinceReprice { get; private set; }

    /// <summary>A token with a given supply held by <paramref name="holder"/>.</summary>
    public static SwEth FromTotals(UInt256 supply, UInt256 treasuryPct, UInt256 nodeOperatorPct, string holder = "others")
    {
        var token = new SwEth { SwellTreasuryRewardPercentage = treasuryPct, NodeOperatorRewardPercentage = nodeOperatorPct };
        token.Balances.Mint(holder, supply);
        return token;
    }

    public UInt256 SwEthToEthRate => RateFixed.IsZero ? One : RateFixed;

    private static UInt256 Mul(UInt256 x, UInt256 y) => UInt256.MulDiv(x, y, One, Rounding.Down);
    private static UInt256 Div(UInt256 x, UInt256 y) => UInt256.MulDiv(x, One, y, Rounding.Down);

    /// <summary><c>deposit</c>: mints value·1e18/rate.</summary>
    public UInt256 Deposit(string user, UInt256 value)
    {
        if (value.IsZero) throw new RevertException("InvalidETHDeposit");
        var minted = Div(Mul(value, One), SwEthToEthRate);
        Balances.Mint(user, minted);
        EthDepositedSinceReprice += value;
        return minted;
    }

    /// <summary>
    /// <c>reprice(preRewardETHReserves, newETHRewards, swETHTotalSupply)</c> at <paramref name="now"/>, with the contract's
    /// guards (zero supply or reserves, minimum time, rate move, supply snapshot drift).
    /// </summary>
    public Reprice Reprice(UInt256 preRewardEthReserves, UInt256 newEthRewards, UInt256 swEthTotalSupply, ulong now)
    {
        var currentSupply = Balances.Total;
        if (swEthTotalSupply.IsZero || currentSupply.IsZero) throw new RevertException("CannotRepriceWithZeroSwETHSupply");
        if (preRewardEthReserves.IsZero) throw new RevertException("InvalidPreRewardETHReserves");
        if (now - LastRepriceUnix < MinimumRepriceTime) throw new RevertException("NotEnoughTimeElapsedForReprice");

        var totalReserves = preRewardEthReserves + newEthRewards;
        var rewardPercentageTotal = SwellTreasuryRewardPercentage + NodeOperatorRewardPercentage;
        var rewardsInEth = Mul(newEthRewards, rewardPercentageTotal);
        var rewardsInSwEth = Div(Mul(swEthTotalSupply, rewardsInEth), totalReserves - rewardsInEth);
        var rate = Div(totalReserves, swEthTotalSupply + rewardsInSwEth);

        if (LastRepriceUnix != 0)
        {
            var diff = rate > RateFixed ? rate - RateFixed : RateFixed - rate;
            if (diff > Mul(RateFixed, MaximumRepriceDifferencePercentage)) throw new RevertException("RepriceDifferenceTooLarge");
        }

        var supplyDiff = currentSupply > swEthTotalSupply ? currentSupply - swEthTotalSupply : swEthTotalSupply - currentSupply;
        if (supplyDiff > currentSupply * MaximumRepriceSwEthDifferencePercentage / One) throw new RevertException("RepriceswETHDifferenceTooLarge");

        UInt256 nodeOperatorRewards = UInt256.Zero, treasuryRewards = UInt256.Zero;
        if (!rewardsInSwEth.IsZero)
        {
            nodeOperatorRewards = Mul(Div(NodeOperatorRewardPercentage, rewardPercentageTotal), rewardsInSwEth);
            treasuryRewards = rewardsInSwEth - nodeOperatorRewards;
        }

        Balances.Mint(NodeOperators, nodeOperatorRewards);
        Balances.Mint(Treasury, treasuryRewards);
        LastRepriceEthReserves = totalReserves;
        LastRepriceUnix = now;
        RateFixed = rate;
        EthDepositedSinceReprice = UInt256.Zero;
        return new Reprice(totalReserves, rewardsInEth, rewardsInSwEth, rate, nodeOperatorRewards, treasuryRewards);
    }

    /// <summary>
    /// The repricer bot's view: pre-reward reserves = last reserves + deposits since; rewards = what
    /// <paramref name="reserves"/> reports above that (a shortfall lowers the reserves with no reward).
    /// </summary>
    public Reprice RepriceFromValuation(IAssetValuation reserves, ulong now)
    {
        var pre = LastRepriceEthReserves + EthDepositedSinceReprice;
        var current = reserves.TotalValueWei();
        return current >= pre
            ? Reprice(pre, current - pre, Balances.Total, now)
            : Reprice(current, UInt256.Zero, Balances.Total, now);
    }
}
