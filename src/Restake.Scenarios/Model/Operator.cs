namespace Restake.Scenarios.Model;

/// <summary>A node operator: ETH delegated to it, its commission on rewards, and the correlation group of its faults.</summary>
public sealed record Operator(string Id, double StakeEth, double Commission, string? CorrelationGroup);
