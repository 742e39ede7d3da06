namespace Restake.Analysis.Yields;

/// <summary>Value of the capital after <see cref="Years"/> years compounding at the strategy's APY.</summary>
public sealed record Projection(int Years, double Multiple, double ValueEth);
