using Restake.Numerics;
using Restake.Protocols.LiquidStaking;

namespace Restake.Protocols.LiquidRestaking.Renzo;

/// <summary>
/// Renzo ezETH (RestakeManager + DepositQueue + WithdrawQueue): TVL = restaked positions (read through
/// <see cref="IUnderlyingHoldings"/>) + ether and tokens waiting in the deposit queue + the withdraw buffer, all valued
/// at oracle prices. Mints at TVL before the deposit, redeems through a queue paying min(request, claim), charges a
/// fee on rewards entering the deposit queue.
/// </summary>
public sealed class RenzoVault
{
    public const string QueueHolder = "withdrawQueue";

    private readonly IUnderlyingHoldings _restaked;
    private readonly Dictionary<string, UInt256> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UInt256> _buffer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UInt256> _reserved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UInt256> _tvlLimits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UInt256> _bufferTargets = new(StringComparer.Ordinal);
    private readonly List<RenzoWithdrawRequest> _requests = [];

    public RenzoVault(IUnderlyingHoldings restaked, IPriceOracle feeds, RenzoMintFormula formula = RenzoMintFormula.Current)
    {
        _restaked = restaked;
        Oracle = new RenzoOracle(feeds);
        Formula = formula;
    }

    public RenzoOracle Oracle { get; }
    public RenzoMintFormula Formula { get; set; }

    /// <summary>ezETH balances.</summary>
    public ShareLedger EzEth { get; } = new("ERC20InsufficientBalance");

    /// <summary><c>feeBasisPoints</c> on rewards received by the deposit queue (1e4 = 100 %).</summary>
    public UInt256 FeeBasisPoints { get; set; }

    /// <summary>Ether paid to the fee address so far.</summary>
    public UInt256 FeesPaid { get; private set; }

    /// <summary><c>coolDownPeriod</c> in seconds.</summary>
    public ulong CoolDownPeriod { get; set; } = 7 * 86_400;

    public IReadOnlyList<RenzoWithdrawRequest> Requests => _requests;

    /// <summary>Deposits not yet restaked (ETH in the deposit queue, tokens awaiting delegation).</summary>
    public UInt256 Pending(string asset) => _pending.GetValueOrDefault(asset);

    /// <summary>Withdraw buffer balance of an asset (including amounts reserved for requests).</summary>
    public UInt256 Buffer(string asset) => _buffer.GetValueOrDefault(asset);

    /// <summary>Buffer not reserved for filled requests (<c>getAvailableToWithdraw</c>).</summary>
    public UInt256 AvailableToWithdraw(string asset) => Buffer(asset) - _reserved.GetValueOrDefault(asset);

    /// <summary>Sets <c>withdrawalBufferTarget</c> for an asset.</summary>
    public void SetWithdrawBufferTarget(string asset, UInt256 target) => _bufferTargets[asset] = target;

    /// <summary><c>getWithdrawDeficit</c>: how far the unreserved buffer is below its target.</summary>
    public UInt256 WithdrawDeficit(string asset)
    {
        var target = _bufferTargets.GetValueOrDefault(asset);
        var available = AvailableToWithdraw(asset);
        return target > available ? target - available : UInt256.Zero;
    }

    /// <summary>Sets <c>collateralTokenTvlLimits</c> (value terms; zero = no limit).</summary>
    public void SetCollateralTvlLimit(string asset, UInt256 limit) => _tvlLimits[asset] = limit;

    /// <summary><c>calculateTVLs</c> total: every holding valued at its oracle price.</summary>
    public UInt256 CalculateTvl(ulong now)
    {
        var tvl = UInt256.Zero;
        foreach (var h in _restaked.Holdings()) tvl += Oracle.LookupTokenValue(h.Asset, h.Amount, now);
        foreach (var (asset, amount) in _pending) tvl += Oracle.LookupTokenValue(asset, amount, now);
        foreach (var (asset, amount) in _buffer) tvl += Oracle.LookupTokenValue(asset, amount, now);
        return tvl;
    }

    /// <summary>Value of one collateral across restaked, pending and buffer balances.</summary>
    private UInt256 CollateralValue(string asset, ulong now)
    {
        var amount = Pending(asset) + Buffer(asset);
        foreach (var h in _restaked.Holdings()) if (h.Asset == asset) amount += h.Amount;
        return Oracle.LookupTokenValue(asset, amount, now);
    }

    /// <summary><c>depositETH</c>: mints at the TVL before the deposit; the ether waits in the deposit queue.</summary>
    public UInt256 DepositEth(string user, UInt256 amount, ulong now) => Deposit(user, Assets.Eth, amount, now);

    /// <summary>
    /// <c>deposit(collateral, amount)</c>: valued at the oracle, minted at the TVL before the deposit; the amount
    /// refills the withdraw buffer deficit first and the rest waits to be restaked.
    /// </summary>
    public UInt256 Deposit(string user, string asset, UInt256 amount, ulong now)
    {
        if (amount.IsZero) throw new RevertException("InvalidZeroInput");
        var tvl = CalculateTvl(now);
        var value = Oracle.LookupTokenValue(asset, amount, now);
        var limit = _tvlLimits.GetValueOrDefault(asset);
        if (!limit.IsZero && CollateralValue(asset, now) + value > limit) throw new RevertException("MaxTVLReached");
        var mint = RenzoOracle.CalculateMintAmount(tvl, value, EzEth.Total, Formula);
        var toBuffer = UInt256.Min(WithdrawDeficit(asset), amount);
        EzEth.Mint(user, mint);
        _pending[asset] = Pending(asset) + (amount - toBuffer);
        if (!toBuffer.IsZero) RefillWithdrawBuffer(asset, toBuffer);
        return mint;
    }

    /// <summary>
    /// Rewards arriving in the deposit queue (EL rewards, CL skims): ⌊amount·feeBps/1e4⌋ leaves to the fee address,
    /// the rest stays in TVL. Returns the fee.
    /// </summary>
    public UInt256 ReceiveRewards(UInt256 amount)
    {
        var fee = amount * FeeBasisPoints / 10_000;
        _pending[Assets.Eth] = Pending(Assets.Eth) + (amount - fee);
        FeesPaid += fee;
        return fee;
    }

    /// <summary>Takes pending deposits out to be restaked; the caller places them in the restaked positions.</summary>
    public UInt256 TakePendingForRestaking(string asset, UInt256 amount)
    {
        if (amount > Pending(asset)) throw new RevertException("InsufficientPendingBalance");
        _pending[asset] = Pending(asset) - amount;
        return amount;
    }

    /// <summary>
    /// Adds assets to the withdraw buffer (from EigenLayer exits or pending deposits) and reserves them for queued
    /// requests, oldest first.
    /// </summary>
    public void RefillWithdrawBuffer(string asset, UInt256 amount)
    {
        _buffer[asset] = Buffer(asset) + amount;
        foreach (var r in _requests)
        {
            if (r.Filled || r.Claimed || r.Asset != asset) continue;
            if (r.AmountToRedeem > AvailableToWithdraw(asset)) break;
            Reserve(r);
        }
    }

    /// <summary>
    /// <c>withdraw(ezETH, asset)</c>: locks the ezETH and records TVL·ezETH/supply converted to the asset; backed by
    /// the buffer now if it has room, otherwise queued until a refill.
    /// </summary>
    public int Withdraw(string user, UInt256 ezETHAmount, string asset, ulong now)
    {
        if (ezETHAmount.IsZero) throw new RevertException("InvalidZeroInput");
        if (ezETHAmount > EzEth.Of(user)) throw new RevertException(EzEth.InsufficientBalanceError);
        var value = RenzoOracle.CalculateRedeemAmount(CalculateTvl(now), ezETHAmount, EzEth.Total);
        var amount = Oracle.LookupTokenAmountFromValue(asset, value, now);
        var request = new RenzoWithdrawRequest(_requests.Count + 1, user, asset, ezETHAmount, amount, now);
        EzEth.Move(user, QueueHolder, ezETHAmount);
        _requests.Add(request);
        if (AvailableToWithdraw(asset) >= amount && !_requests.Any(r => r.Asset == asset && !r.Filled && !r.Claimed && r.Id < request.Id))
            Reserve(request);
        return request.Id;
    }

    private void Reserve(RenzoWithdrawRequest r)
    {
        _reserved[r.Asset] = _reserved.GetValueOrDefault(r.Asset) + r.AmountToRedeem;
        r.Filled = true;
    }

    /// <summary>
    /// <c>claim</c>: after the cooldown, pays min(amount at request, amount at today's TVL and supply), burns the
    /// locked ezETH; the difference stays in the buffer.
    /// </summary>
    public UInt256 Claim(string user, int id, ulong now)
    {
        if (id < 1 || id > _requests.Count) throw new RevertException("InvalidWithdrawIndex");
        var r = _requests[id - 1];
        if (r.Owner != user) throw new RevertException("InvalidWithdrawIndex");
        if (r.Claimed) throw new RevertException("InvalidWithdrawIndex");
        if (now < r.CreatedAt + CoolDownPeriod) throw new RevertException("EarlyClaim");
        if (!r.Filled) throw new RevertException("QueuedWithdrawalNotFilled");
        var valueNow = RenzoOracle.CalculateRedeemAmount(CalculateTvl(now), r.EzETHLocked, EzEth.Total);
        var amountNow = Oracle.LookupTokenAmountFromValue(r.Asset, valueNow, now);
        var paid = UInt256.Min(r.AmountToRedeem, amountNow);
        EzEth.Burn(QueueHolder, r.EzETHLocked);
        _reserved[r.Asset] -= r.AmountToRedeem;
        _buffer[r.Asset] = Buffer(r.Asset) - paid;
        r.Claimed = true;
        r.Paid = paid;
        return paid;
    }

    /// <summary>ezETH's exchange rate (BalancerRateProvider <c>getRate</c>): TVL·1e18/supply.</summary>
    public UInt256 Rate(ulong now) => EzEth.Total.IsZero ? Wad.One : UInt256.MulDiv(CalculateTvl(now), Wad.One, EzEth.Total, Rounding.Down);
}
