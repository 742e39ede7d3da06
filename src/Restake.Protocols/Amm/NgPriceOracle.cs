using Restake.Numerics;

namespace Restake.Protocols.Amm;

/// <summary>
/// The StableSwap-NG oracles: for each coin k ≥ 1 the last AMM state price (capped at 2) and its EMA, and the
/// last D with its EMA, each EMA decaying as <c>exp(-Δt/window)</c> from the time of the previous update.
/// A copy is updated and swapped in only when the pool's operation succeeds.
/// </summary>
public sealed class NgPriceOracle
{
    /// <summary>Default D averaging window set by the constructor (12 hours / ln 2).</summary>
    public const ulong DefaultDMaTime = 62_324;

    private static readonly UInt256 SpotCap = 2 * Wad.One;
    private static readonly UInt256 Max128 = UInt256.FromBigInteger((System.Numerics.BigInteger.One << 128) - 1);

    private readonly UInt256[] _lastPrices;
    private readonly UInt256[] _emaPrices;

    /// <summary>Oracles of an <paramref name="coins"/>-coin pool created at <paramref name="now"/>: prices start at 1.</summary>
    public NgPriceOracle(int coins, ulong maExpTime, ulong now)
    {
        if (maExpTime == 0) throw new ArgumentOutOfRangeException(nameof(maExpTime), "ma_exp_time must be positive");
        _lastPrices = Enumerable.Repeat(Wad.One, coins - 1).ToArray();
        _emaPrices = Enumerable.Repeat(Wad.One, coins - 1).ToArray();
        MaExpTime = maExpTime;
        DMaTime = DefaultDMaTime;
        MaLastTimePrice = now;
        MaLastTimeD = now;
    }

    private NgPriceOracle(NgPriceOracle other)
    {
        _lastPrices = other._lastPrices.ToArray();
        _emaPrices = other._emaPrices.ToArray();
        MaExpTime = other.MaExpTime;
        DMaTime = other.DMaTime;
        MaLastTimePrice = other.MaLastTimePrice;
        MaLastTimeD = other.MaLastTimeD;
        LastD = other.LastD;
        EmaD = other.EmaD;
    }

    public ulong MaExpTime { get; private set; }
    public ulong DMaTime { get; private set; }
    public ulong MaLastTimePrice { get; private set; }
    public ulong MaLastTimeD { get; private set; }
    public UInt256 LastD { get; private set; }
    public UInt256 EmaD { get; private set; }

    /// <summary>last_price(k): the state price of coin k+1 at the last update.</summary>
    public UInt256 LastPrice(int k) => _lastPrices[k];

    /// <summary>ema_price(k): the stored EMA (as of the last update).</summary>
    public UInt256 EmaPrice(int k) => _emaPrices[k];

    /// <summary>price_oracle(k) at <paramref name="now"/>.</summary>
    public UInt256 PriceOracle(int k, ulong now) =>
        MovingAverage(_lastPrices[k], _emaPrices[k], MaExpTime, MaLastTimePrice, now);

    /// <summary>D_oracle() at <paramref name="now"/>.</summary>
    public UInt256 DOracle(ulong now) => MovingAverage(LastD, EmaD, DMaTime, MaLastTimeD, now);

    internal NgPriceOracle Clone() => new(this);

    internal void SetWindows(ulong maExpTime, ulong dMaTime)
    {
        MaExpTime = maExpTime;
        DMaTime = dMaTime;
    }

    /// <summary>upkeep_oracles(xp, amp, D): records the spot prices and D, rolling both EMAs forward.</summary>
    internal void Upkeep(ReadOnlySpan<UInt256> xp, UInt256 amp, UInt256 d, ulong now)
    {
        var spot = SpotPrices(xp, amp, d);
        for (var k = 0; k < spot.Length; k++)
        {
            if (spot[k].IsZero) continue;
            var ema = MovingAverage(_lastPrices[k], _emaPrices[k], MaExpTime, MaLastTimePrice, now);
            _lastPrices[k] = CheckPacked(UInt256.Min(spot[k], SpotCap));
            _emaPrices[k] = CheckPacked(ema);
        }

        var emaD = MovingAverage(LastD, EmaD, DMaTime, MaLastTimeD, now);
        LastD = CheckPacked(d);
        EmaD = CheckPacked(emaD);
        if (MaLastTimePrice < now) MaLastTimePrice = now;
        if (MaLastTimeD < now) MaLastTimeD = now;
    }

    /// <summary>The D-oracle reset of a first deposit: last and EMA both set to D.</summary>
    internal void ResetD(UInt256 d, ulong now)
    {
        LastD = CheckPacked(d);
        EmaD = LastD;
        if (MaLastTimeD < now) MaLastTimeD = now;
    }

    /// <summary>remove_liquidity's D upkeep: D shrinks pro rata, its EMA rolls forward; prices are untouched.</summary>
    internal void ShrinkD(UInt256 burnAmount, UInt256 totalSupply, ulong now)
    {
        var oldD = LastD;
        var emaD = MovingAverage(LastD, EmaD, DMaTime, MaLastTimeD, now);
        LastD = CheckPacked(oldD - oldD * burnAmount / totalSupply);
        EmaD = CheckPacked(emaD);
        if (MaLastTimeD < now) MaLastTimeD = now;
    }

    /// <summary>_get_p: state prices dx_0/dx_k for k = 1..N-1, in 1e18.</summary>
    public static UInt256[] SpotPrices(ReadOnlySpan<UInt256> xp, UInt256 amp, UInt256 d)
    {
        var n = xp.Length;
        var ann = amp * n;
        UInt256 nPowN = 1;
        for (var k = 0; k < n; k++) nPowN *= n;
        var dr = d / nPowN;
        foreach (var x in xp) dr = dr * d / x;
        var prices = new UInt256[n - 1];
        var xp0A = ann * xp[0] / StableSwapMath.APrecision;
        for (var k = 1; k < n; k++)
            prices[k - 1] = Wad.One * (xp0A + dr * xp[0] / xp[k]) / (xp0A + dr);
        return prices;
    }

    /// <summary>_calc_moving_average: <c>(last·(1e18−α) + ema·α)/1e18</c>, α = exp(−Δt·1e18/window).</summary>
    public static UInt256 MovingAverage(UInt256 lastSpot, UInt256 lastEma, ulong window, ulong lastTime, ulong now)
    {
        if (lastTime >= now) return lastEma;
        var exponent = (UInt256)(now - lastTime) * Wad.One / window;
        var alpha = WadExp.Exp(-exponent.ToBigInteger());
        return (lastSpot * (Wad.One - alpha) + lastEma * alpha) / Wad.One;
    }

    private static UInt256 CheckPacked(UInt256 value) =>
        value > Max128 ? throw new RevertException(CurveErrors.OracleValueTooLarge) : value;
}
