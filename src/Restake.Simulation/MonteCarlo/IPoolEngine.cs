namespace Restake.Simulation.MonteCarlo;

/// <summary>
/// A two-coin StableSwap pool of ETH (coin 0) and a liquid token (coin 1) on one path, in ETH-value units: coin 1's
/// balance is worth its redemption value, so a price of 1 is the peg. Fast and exact paths implement it.
/// </summary>
public interface IPoolEngine
{
    /// <summary>Back to the starting balances.</summary>
    void Reset();

    /// <summary>ETH balance.</summary>
    double EthBalance { get; }

    /// <summary>Token balance valued at redemption value (ETH).</summary>
    double TokenValue { get; }

    /// <summary>The token's redemption value changed by <paramref name="ratio"/> (the pool's rate oracle follows it).</summary>
    void Revalue(double ratio);

    /// <summary>Marginal price of the token in ETH per ETH of redemption value (1 = peg; fee excluded).</summary>
    double Price();

    /// <summary>Sells token worth <paramref name="value"/> (redemption value) for ETH; returns ETH received (fee deducted).</summary>
    double SellToken(double value);

    /// <summary>Buys token with <paramref name="eth"/>; returns the redemption value received (fee deducted).</summary>
    double BuyToken(double eth);
}
