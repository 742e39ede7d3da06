using Restake.Numerics;
using Restake.Protocols.LiquidStaking;

namespace Restake.Protocols.LiquidRestaking.Puffer;

/// <summary>
/// PufferVaultV2 (ERC-4626, OpenZeppelin v5, virtual offset 0): totalAssets = the vault's liquid WETH/ETH + the
/// value held elsewhere (stETH, EigenLayer, ETH locked in Puffer validators) read through
/// <see cref="IAssetValuation"/>. Exits pay an exit fee that stays in the vault and share a daily asset limit.
/// </summary>
public sealed class PufferVault(IAssetValuation elsewhere)
{
    private static readonly UInt256 BasisPoints = 10_000;

    /// <summary>V2 initialisation: 100 ETH per day.</summary>
    public static readonly UInt256 DefaultDailyWithdrawalLimit = UInt256.Parse("100000000000000000000");

    public ShareLedger PufEth { get; } = new("ERC20InsufficientBalance");

    /// <summary>WETH + ETH held by the vault itself (what exits are paid from).</summary>
    public UInt256 LiquidEth { get; private set; }

    /// <summary><c>exitFeeBasisPoints</c> (100 = 1 %).</summary>
    public UInt256 ExitFeeBasisPoints { get; set; } = 100;

    public UInt256 DailyWithdrawalLimit { get; set; } = DefaultDailyWithdrawalLimit;

    /// <summary>Assets withdrawn on <see cref="LastWithdrawalDay"/>.</summary>
    public UInt256 AssetsWithdrawnToday { get; private set; }

    public ulong LastWithdrawalDay { get; private set; }

    /// <summary>A vault whose supply is held by <paramref name="holder"/>.</summary>
    public static PufferVault FromTotals(IAssetValuation elsewhere, UInt256 totalSupply, UInt256 exitFeeBasisPoints, string holder = "others")
    {
        var vault = new PufferVault(elsewhere) { ExitFeeBasisPoints = exitFeeBasisPoints };
        vault.PufEth.Mint(holder, totalSupply);
        return vault;
    }

    public UInt256 TotalAssets => LiquidEth + elsewhere.TotalValueWei();
    public UInt256 TotalSupply => PufEth.Total;

    /// <summary><c>_convertToShares</c>: assets·(supply+1)/(totalAssets+1).</summary>
    public UInt256 ConvertToShares(UInt256 assets, Rounding rounding) =>
        UInt256.MulDiv(assets, TotalSupply + 1, TotalAssets + 1, rounding);

    /// <summary><c>_convertToAssets</c>: shares·(totalAssets+1)/(supply+1).</summary>
    public UInt256 ConvertToAssets(UInt256 shares, Rounding rounding) =>
        UInt256.MulDiv(shares, TotalAssets + 1, TotalSupply + 1, rounding);

    public UInt256 PreviewDeposit(UInt256 assets) => ConvertToShares(assets, Rounding.Down);

    /// <summary><c>previewRedeem</c>: gross assets minus ⌈gross·fee/(fee+1e4)⌉.</summary>
    public (UInt256 Assets, UInt256 Fee) PreviewRedeem(UInt256 shares)
    {
        var gross = ConvertToAssets(shares, Rounding.Down);
        var fee = UInt256.MulDiv(gross, ExitFeeBasisPoints, ExitFeeBasisPoints + BasisPoints, Rounding.Up);
        return (gross - fee, fee);
    }

    /// <summary><c>previewWithdraw</c>: shares for assets + ⌈assets·fee/1e4⌉, rounded up.</summary>
    public (UInt256 Shares, UInt256 Fee) PreviewWithdraw(UInt256 assets)
    {
        var fee = UInt256.MulDiv(assets, ExitFeeBasisPoints, BasisPoints, Rounding.Up);
        return (ConvertToShares(assets + fee, Rounding.Up), fee);
    }

    /// <summary><c>deposit</c>: mints previewDeposit shares; the assets become liquid vault balance.</summary>
    public UInt256 Deposit(string receiver, UInt256 assets)
    {
        var shares = PreviewDeposit(assets);
        PufEth.Mint(receiver, shares);
        LiquidEth += assets;
        return shares;
    }

    /// <summary><c>redeem</c>: burns shares for previewRedeem assets, within liquidity and the daily limit.</summary>
    public UInt256 Redeem(string owner, UInt256 shares, ulong timestamp)
    {
        if (shares > PufEth.Of(owner)) throw new RevertException("ERC4626ExceededMaxRedeem");
        var (assets, _) = PreviewRedeem(shares);
        Exit(owner, shares, assets, timestamp, "ERC4626ExceededMaxRedeem");
        return assets;
    }

    /// <summary><c>withdraw</c>: pays exactly <paramref name="assets"/>, burning previewWithdraw shares.</summary>
    public UInt256 Withdraw(string owner, UInt256 assets, ulong timestamp)
    {
        var (shares, _) = PreviewWithdraw(assets);
        if (shares > PufEth.Of(owner)) throw new RevertException("ERC4626ExceededMaxWithdraw");
        Exit(owner, shares, assets, timestamp, "ERC4626ExceededMaxWithdraw");
        return shares;
    }

    private void Exit(string owner, UInt256 shares, UInt256 assets, ulong timestamp, string maxError)
    {
        if (assets > LiquidEth) throw new RevertException(maxError);
        var day = timestamp / 86_400;
        var withdrawnToday = day == LastWithdrawalDay ? AssetsWithdrawnToday : UInt256.Zero;
        if (withdrawnToday + assets > DailyWithdrawalLimit) throw new RevertException("WithdrawalLimitExceeded");
        PufEth.Burn(owner, shares);
        LiquidEth -= assets;
        AssetsWithdrawnToday = withdrawnToday + assets;
        LastWithdrawalDay = day;
    }
}
