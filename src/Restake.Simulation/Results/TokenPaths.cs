namespace Restake.Simulation.Results;

/// <summary>
/// Per-path market output of one liquid token (LST or LRT) traded in a pool, every array indexed by path: the lowest
/// pool price relative to the token's redemption value (1 = at peg), the days spent more than 0.5 % below peg, and the
/// token's redemption value (ETH per token, relative to its start) at the horizon.
/// </summary>
public sealed class TokenPaths(string token, string? pool, int paths)
{
    /// <summary>Depth below which the token counts as "below peg".</summary>
    public const double PegTolerance = 0.005;

    /// <summary>The token's id.</summary>
    public string Token { get; } = token;

    /// <summary>The pool its market price comes from, or null when none trades it (then it is always at peg).</summary>
    public string? Pool { get; } = pool;

    /// <summary>Minimum over the path of pool price / redemption value.</summary>
    public float[] MinPriceToNav { get; } = new float[paths];

    /// <summary>Days with pool price / redemption value below 1 − <see cref="PegTolerance"/>.</summary>
    public float[] DaysBelowPeg { get; } = new float[paths];

    /// <summary>Redemption value at the horizon relative to the start (includes rewards and losses).</summary>
    public double[] FinalNav { get; } = new double[paths];
}
