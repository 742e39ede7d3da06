using Restake.Numerics;
using Restake.Protocols.LiquidStaking;

namespace Restake.Protocols.LiquidRestaking.Kelp;

/// <summary>
/// Kelp rsETH (LRTOracle + LRTDepositPool + LRTWithdrawalManager): a stored price updated by anyone with a fee on
/// increases and a percent guard; deposits mint at the stored price; withdrawals wait a block delay and pay
/// min(expected at request, value at unlock). Deposits per asset = the deposit pool's own balance + the positions
/// read through <see cref="IUnderlyingHoldings"/> (node delegators, EigenLayer, unstaking).
/// </summary>
public sealed class KelpVault(IUnderlyingHoldings delegated, IPriceOracle assetPrices)
{
    public const string Treasury = "treasury";
    public const string ManagerHolder = "withdrawalManager";

    /// <summary>Default <c>withdrawalDelayBlocks</c>: 8 days of 12-second blocks.</summary>
    public const ulong DefaultWithdrawalDelayBlocks = 8 * 86_400 / 12;

    private readonly Dictionary<string, UInt256> _depositPool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UInt256> _reserved = new(StringComparer.Ordinal);
    private readonly List<KelpWithdrawalRequest> _requests = [];

    public ShareLedger RsEth { get; } = new("ERC20InsufficientBalance");

    /// <summary><c>rsETHPrice</c> as stored (1e18).</summary>
    public UInt256 RsEthPrice { get; private set; } = Wad.One;

    public UInt256 ProtocolFeeInBps { get; set; }

    /// <summary>Integer percent; zero disables the guard.</summary>
    public UInt256 PricePercentageLimit { get; set; }

    public ulong WithdrawalDelayBlocks { get; set; } = DefaultWithdrawalDelayBlocks;
    public UInt256 MinimumRsEthPrice { get; set; } = UInt256.Zero;
    public UInt256 MaximumRsEthPrice { get; set; } = UInt256.MaxValue;

    /// <summary>Assets tracked (every asset with a deposit pool balance or a delegated position).</summary>
    public IReadOnlyList<KelpWithdrawalRequest> Requests => _requests;

    /// <summary>The deposit pool's own balance of an asset (liquid; pays withdrawals).</summary>
    public UInt256 DepositPoolBalance(string asset) => _depositPool.GetValueOrDefault(asset);

    /// <summary>A vault whose stored price and supply are given (supply held by <paramref name="holder"/>).</summary>
    public static KelpVault FromTotals(IUnderlyingHoldings delegated, IPriceOracle prices, UInt256 rsEthPrice, UInt256 supply, string holder = "others")
    {
        var vault = new KelpVault(delegated, prices) { RsEthPrice = rsEthPrice };
        vault.RsEth.Mint(holder, supply);
        return vault;
    }

    /// <summary><c>getTotalAssetDeposits</c>: deposit pool + delegated positions of <paramref name="asset"/>.</summary>
    public UInt256 TotalAssetDeposits(string asset)
    {
        var sum = DepositPoolBalance(asset);
        foreach (var h in delegated.Holdings()) if (h.Asset == asset) sum += h.Amount;
        return sum;
    }

    /// <summary>Σ deposits·assetPrice over all assets (1e36 scale).</summary>
    public UInt256 TotalEth()
    {
        var assets = new SortedSet<string>(_depositPool.Keys, StringComparer.Ordinal);
        foreach (var h in delegated.Holdings()) assets.Add(h.Asset);
        var total = UInt256.Zero;
        foreach (var asset in assets) total += TotalAssetDeposits(asset) * AssetPrice(asset);
        return total;
    }

    /// <summary>The asset's price fetcher reading (1e18 = 1 ETH).</summary>
    public UInt256 AssetPrice(string asset)
    {
        var answer = assetPrices.Latest(asset).Answer;
        if (answer.Sign <= 0) throw new RevertException("InvalidPrice");
        return (UInt256)answer;
    }

    /// <summary><c>updateRSETHPrice</c>: stores the net price and mints the fee to the treasury.</summary>
    public RsEthPriceUpdate UpdateRsEthPrice()
    {
        var update = RsEthPriceUpdate.Compute(TotalEth(), RsEth.Total, RsEthPrice, ProtocolFeeInBps, PricePercentageLimit);
        RsEth.Mint(Treasury, update.RsEthMintedAsProtocolFee);
        RsEthPrice = update.NewRsEthPrice;
        return update;
    }

    /// <summary><c>getRsETHAmountToMint</c> at the stored price.</summary>
    public UInt256 GetRsEthAmountToMint(string asset, UInt256 amount) =>
        RsEthPriceUpdate.AmountToMint(amount, AssetPrice(asset), RsEthPrice);

    /// <summary><c>depositAsset</c> / <c>depositETH</c>: mints at the stored (possibly stale) price.</summary>
    public UInt256 DepositAsset(string user, string asset, UInt256 amount, UInt256 minRsEthAmountExpected)
    {
        if (amount.IsZero) throw new RevertException("InvalidAmountToDeposit");
        var mint = GetRsEthAmountToMint(asset, amount);
        if (mint < minRsEthAmountExpected) throw new RevertException("MinimumAmountToReceiveNotMet");
        RsEth.Mint(user, mint);
        _depositPool[asset] = DepositPoolBalance(asset) + amount;
        return mint;
    }

    /// <summary>Moves deposit-pool assets out to node delegators; the caller adds them to the delegated positions.</summary>
    public UInt256 TransferToNodeDelegator(string asset, UInt256 amount)
    {
        if (amount > DepositPoolBalance(asset) - _reserved.GetValueOrDefault(asset)) throw new RevertException("NotEnoughAssetToTransfer");
        _depositPool[asset] = DepositPoolBalance(asset) - amount;
        return amount;
    }

    /// <summary>Assets returning to the deposit pool (unstaked from EigenLayer); the caller removes them from the positions.</summary>
    public void ReceiveIntoDepositPool(string asset, UInt256 amount) => _depositPool[asset] = DepositPoolBalance(asset) + amount;

    /// <summary><c>initiateWithdrawal</c>: locks rsETH, expected = rsETH·rsETHPrice/assetPrice.</summary>
    public int InitiateWithdrawal(string user, string asset, UInt256 rsEthUnstaked, ulong block)
    {
        if (rsEthUnstaked.IsZero) throw new RevertException("InvalidAmountToWithdraw");
        var expected = rsEthUnstaked * RsEthPrice / AssetPrice(asset);
        RsEth.Move(user, ManagerHolder, rsEthUnstaked);
        var request = new KelpWithdrawalRequest(_requests.Count + 1, user, asset, rsEthUnstaked, expected, block);
        _requests.Add(request);
        return request.Id;
    }

    /// <summary>
    /// <c>unlockQueue</c>: for requests past the delay, oldest first while liquidity lasts, fixes the payout at
    /// min(expected, rsETH·price now/assetPrice) and burns the rsETH. Returns how many were unlocked.
    /// </summary>
    public int UnlockQueue(string asset, ulong block)
    {
        if (RsEthPrice < MinimumRsEthPrice || RsEthPrice > MaximumRsEthPrice) throw new RevertException("RsETHPriceOutOfPriceRange");
        var assetPrice = AssetPrice(asset);
        var available = DepositPoolBalance(asset) - _reserved.GetValueOrDefault(asset);
        var plan = new List<(KelpWithdrawalRequest Request, UInt256 Payout)>();
        foreach (var r in _requests)
        {
            if (r.Unlocked || r.Asset != asset) continue;
            if (block < r.RequestBlock + WithdrawalDelayBlocks) break;
            var payout = UInt256.Min(r.ExpectedAssetAmount, r.RsEthUnstaked * RsEthPrice / assetPrice);
            if (payout > available) break;
            available -= payout;
            plan.Add((r, payout));
        }

        foreach (var (r, payout) in plan)
        {
            RsEth.Burn(ManagerHolder, r.RsEthUnstaked);
            _reserved[asset] = _reserved.GetValueOrDefault(asset) + payout;
            r.Unlocked = true;
            r.Payout = payout;
        }

        return plan.Count;
    }

    /// <summary><c>completeWithdrawal</c>: pays an unlocked request.</summary>
    public UInt256 CompleteWithdrawal(string user, int id)
    {
        if (id < 1 || id > _requests.Count || _requests[id - 1].Owner != user) throw new RevertException("InvalidWithdrawalRequest");
        var r = _requests[id - 1];
        if (r.Completed) throw new RevertException("InvalidWithdrawalRequest");
        if (!r.Unlocked) throw new RevertException("WithdrawalLocked");
        _reserved[r.Asset] -= r.Payout;
        _depositPool[r.Asset] = DepositPoolBalance(r.Asset) - r.Payout;
        r.Completed = true;
        return r.Payout;
    }
}
