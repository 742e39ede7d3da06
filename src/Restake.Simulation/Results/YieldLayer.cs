namespace Restake.Simulation.Results;

/// <summary>
/// A source of return or loss of a strategy. Per path, the contributions of all layers (in ETH per unit of capital)
/// sum to the final wealth minus one.
/// </summary>
public enum YieldLayer
{
    /// <summary>Beacon-chain issuance (attestation, proposal, sync rewards).</summary>
    Consensus,

    /// <summary>Execution-layer priority fees and MEV.</summary>
    Execution,

    /// <summary>AVS rewards paid in ETH on allocated stake.</summary>
    RestakingRewards,

    /// <summary>AVS rewards paid in other tokens (EIGEN, ...), valued at their market price in ETH.</summary>
    TokenIncentives,

    /// <summary>DeFi income: pool trading fees, supply interest.</summary>
    DefiIncome,

    /// <summary>Interest paid on borrowed ETH (negative).</summary>
    BorrowCost,

    /// <summary>The liquid staking protocol's fee on rewards (negative).</summary>
    LstFee,

    /// <summary>Node operators' commission on rewards (negative).</summary>
    OperatorCommission,

    /// <summary>The liquid restaking protocol's fee on rewards (negative).</summary>
    LrtFee,

    /// <summary>A custodial product's fee on rewards (negative).</summary>
    CustodialFee,

    /// <summary>Consensus-layer slashing penalties (negative).</summary>
    ConsensusSlashing,

    /// <summary>AVS slashing, compounded across AVSs as the restaking protocol does (negative).</summary>
    AvsSlashing,

    /// <summary>Selling below redemption value: forced exits into a depegged pool, pool imbalance (usually negative).</summary>
    Depeg,

    /// <summary>Collateral lost to liquidators' bonus (negative).</summary>
    Liquidation,

    /// <summary>Smart-contract failures of the layers the strategy is exposed to (negative).</summary>
    ContractFailure,
}

/// <summary>Names and classes of <see cref="YieldLayer"/> values.</summary>
public static class YieldLayers
{
    /// <summary>Every layer, in declaration order (the order of per-layer arrays).</summary>
    public static readonly YieldLayer[] All = Enum.GetValues<YieldLayer>();

    /// <summary>Number of layers.</summary>
    public static int Count => All.Length;

    /// <summary>The kebab-case name used in files: "consensus", "restaking-rewards", "avs-slashing", ...</summary>
    public static string Name(YieldLayer layer) => layer switch
    {
        YieldLayer.Consensus => "consensus",
        YieldLayer.Execution => "execution",
        YieldLayer.RestakingRewards => "restaking-rewards",
        YieldLayer.TokenIncentives => "token-incentives",
        YieldLayer.DefiIncome => "defi-income",
        YieldLayer.BorrowCost => "borrow-cost",
        YieldLayer.LstFee => "lst-fee",
        YieldLayer.OperatorCommission => "operator-commission",
        YieldLayer.LrtFee => "lrt-fee",
        YieldLayer.CustodialFee => "custodial-fee",
        YieldLayer.ConsensusSlashing => "consensus-slashing",
        YieldLayer.AvsSlashing => "avs-slashing",
        YieldLayer.Depeg => "depeg",
        YieldLayer.Liquidation => "liquidation",
        YieldLayer.ContractFailure => "contract-failure",
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, null),
    };

    /// <summary>True for fees (charged on rewards).</summary>
    public static bool IsFee(YieldLayer layer) =>
        layer is YieldLayer.LstFee or YieldLayer.OperatorCommission or YieldLayer.LrtFee or YieldLayer.CustodialFee;

    /// <summary>True for losses (slashing, depeg, liquidation, contract failure).</summary>
    public static bool IsLoss(YieldLayer layer) =>
        layer is YieldLayer.ConsensusSlashing or YieldLayer.AvsSlashing or YieldLayer.Depeg or YieldLayer.Liquidation
            or YieldLayer.ContractFailure;
}
