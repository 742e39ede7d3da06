using Restake.Simulation.Results;

namespace Restake.Analysis.Yields;

/// <summary>One layer's mean contribution to final wealth (ETH per ETH) and as a simple APR.</summary>
public sealed record LayerYield(YieldLayer Layer, string Name, double MeanContribution, double Apr);
