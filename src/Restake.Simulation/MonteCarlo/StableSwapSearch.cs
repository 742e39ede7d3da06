namespace Restake.Simulation.MonteCarlo;

/// <summary>How much ETH buys a two-coin StableSwap pool's token up to a target marginal price (doubles, by bisection).</summary>
public static class StableSwapSearch
{
    /// <summary>ETH to swap into the pool (balances <paramref name="eth"/>, <paramref name="token"/>) for the token's price to reach <paramref name="target"/>.</summary>
    public static double EthToReach(double eth, double token, double amplification, double target)
    {
        double lo = 0, hi = token;
        if (Price(eth, token, amplification) >= target) return 0;
        var d = Invariant(eth, token, amplification);
        for (var i = 0; i < 60; i++)
        {
            var mid = 0.5 * (lo + hi);
            var x0 = eth + mid;
            var x1 = Other(x0, d, amplification);
            if (Price(x0, x1, amplification) < target) lo = mid;
            else hi = mid;
        }

        return hi;
    }

    /// <summary>Marginal price of the token (coin 1) in ETH (coin 0).</summary>
    public static double Price(double eth, double token, double amplification)
    {
        return PriceAt(eth, token, Invariant(eth, token, amplification), amplification);
    }

    /// <summary>Marginal price of the token (coin 1) in ETH (coin 0) with the balances' invariant <paramref name="d"/> already known.</summary>
    public static double PriceAt(double eth, double token, double d, double amplification)
    {
        var a4 = 2 * amplification; // Curve A is A·n^(n−1): A·n^n = 2A for two coins
        var d3 = d * d * d;
        return (a4 + d3 / (4 * token * token * eth)) / (a4 + d3 / (4 * token * eth * eth));
    }

    /// <summary>The invariant D of balances x, y (Newton's method as Curve iterates it).</summary>
    public static double Invariant(double x, double y, double amplification)
    {
        var s = x + y;
        if (s <= 0) return 0;
        var a4 = 2 * amplification; // Curve A is A·n^(n−1): A·n^n = 2A for two coins
        var d = s;
        for (var i = 0; i < 255; i++)
        {
            var dp = d * d * d / (4 * x * y);
            var next = (a4 * s + 2 * dp) * d / ((a4 - 1) * d + 3 * dp);
            if (Math.Abs(next - d) <= 1e-13 * d) return next;
            d = next;
        }

        return d;
    }

    /// <summary>The other balance with one balance <paramref name="x"/> and invariant <paramref name="d"/>.</summary>
    public static double Other(double x, double d, double amplification)
    {
        var a4 = 2 * amplification; // Curve A is A·n^(n−1): A·n^n = 2A for two coins
        var c = d * d * d / (4 * x * a4);
        var b = x + d / a4 - d;
        return b >= 0 ? 2 * c / (b + Math.Sqrt(b * b + 4 * c)) : (-b + Math.Sqrt(b * b + 4 * c)) / 2;
    }
}
