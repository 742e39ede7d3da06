namespace Restake.Scenarios.Model;

/// <summary>A layer of the stack whose contracts can fail.</summary>
public enum ContractLayer
{
    /// <summary>Beacon chain and client software.</summary>
    Consensus,

    /// <summary>Liquid staking contracts.</summary>
    Lst,

    /// <summary>Restaking protocol contracts.</summary>
    Restaking,

    /// <summary>Liquid restaking token contracts.</summary>
    Lrt,

    /// <summary>AMM pools.</summary>
    Amm,

    /// <summary>Lending markets.</summary>
    Lending,
}

/// <summary>Smart-contract failure of one layer: probability per year and the fraction of exposed value lost.</summary>
public sealed record ContractRisk(ContractLayer Layer, double AnnualFailureProbability, double LossGivenFailure);
