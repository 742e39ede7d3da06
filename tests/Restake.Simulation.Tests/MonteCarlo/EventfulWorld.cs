using Restake.Scenarios.Loading;
using Restake.Simulation.World;

namespace Restake.Simulation.Tests.MonteCarlo;

/// <summary>
/// A small world where every kind of event happens often: AVS faults in a correlation group, consensus slashing,
/// contract failures, withdrawal runs; LRTs over ETH and over an LST, a restake strategy, a pool, a loop and a lend.
/// </summary>
internal static class EventfulWorld
{
    public const string Yaml = """
        name: eventful
        horizonDays: 120
        stepDays: 1
        paths: 10
        seed: 3
        assets:
          ethUsd: { model: gbm, initial: 3000, drift: 0, volatility: 0.7, jumps: { intensityPerYear: 4, meanLog: -0.1, sdLog: 0.1 } }
          tokens:
            - id: EIGEN
              usd: { model: gbm, initial: 3, drift: 0, volatility: 1.0 }
        consensus: { stakedEth: 34000000, realisedShare: 0.97, executionApr: 0.005, slashingProbabilityPerYear: 0.9 }
        operators:
          - { id: op1, stakeEth: 100000, commission: 0.10, correlationGroup: g }
          - { id: op2, stakeEth: 50000, commission: 0.05, correlationGroup: g }
          - { id: op3, stakeEth: 80000, commission: 0.0 }
        avss:
          - id: a
            reward: { token: EIGEN, aprOnAllocated: 0.02 }
            faultProbabilityPerYear: 0.9
            slashFraction: 0.2
            correlationGroup: c
            operatorSets: [ { id: s, allocations: [ { operator: op1, magnitude: 0.3 }, { operator: op2, magnitude: 0.6 } ] } ]
          - id: b
            reward: { token: ETH, aprOnAllocated: 0.01 }
            faultProbabilityPerYear: 0.5
            slashFraction: 0.5
            correlationGroup: c
            operatorSets: [ { id: s, allocations: [ { operator: op1, magnitude: 0.2 }, { operator: op3, magnitude: 0.5 } ] } ]
          - id: d
            reward: { token: ETH, aprOnAllocated: 0.005 }
            faultProbabilityPerYear: 0.7
            slashFraction: 1.0
            operatorSets: [ { id: s, allocations: [ { operator: op3, magnitude: 0.1 } ] } ]
        lsts:
          - { id: stETH, style: rebasing, protocolFee: 0.10, withdrawalDelayDays: 5 }
        lrts:
          - { id: ezETH, style: ezeth, underlying: stETH, fee: 0.10, allocationPolicy: { kind: equal }, withdrawalDelayDays: 7, tvlEth: 300000 }
          - { id: weETH, style: eeth, underlying: ETH, fee: 0.05, allocationPolicy: { kind: stake-weighted }, withdrawalDelayDays: 14 }
        venues:
          pools:
            - { id: curve, kind: stableswap, tokens: [ETH, stETH], amplification: 50, fee: 0.0004, balances: [100000, 100000] }
          lendingMarkets:
            - id: aave
              kind: aave
              collateral: ezETH
              debt: ETH
              ltv: 0.93
              liquidationThreshold: 0.95
              liquidationBonus: 0.01
              oracle: exchange-rate
              borrowRate: { base: 0, slope1: 0.027, slope2: 0.8, optimalUtilisation: 0.9 }
              supplyEth: 1000000
        holders:
          panicSelling: { discountThreshold: 0.02, navLossThreshold: 0.01, fractionPerDay: 0.05 }
          arbitrage: { capacityEthPerDay: 50000 }
          loopers: { targetLeverage: 5, venue: aave, shareOfSupply: 0.2 }
          liquidators: { capacityEthPerDay: 100000, minProfitEth: 0.05 }
          runs: { intensityPerYear: 3, fractionOfSupply: 0.2 }
        contractRisks:
          - { layer: lst, annualFailureProbability: 0.5, lossGivenFailure: 0.1 }
          - { layer: lrt, annualFailureProbability: 0.5, lossGivenFailure: 0.1 }
          - { layer: consensus, annualFailureProbability: 0.3, lossGivenFailure: 0.05 }
          - { layer: restaking, annualFailureProbability: 0.3, lossGivenFailure: 0.05 }
        strategies:
          - { id: hold-ezeth, kind: hold, asset: ezETH }
          - { id: hold-weeth, kind: hold, asset: weETH }
          - { id: hold-steth, kind: hold, asset: stETH }
          - { id: loop-ezeth, kind: loop, asset: ezETH, venue: aave, leverage: 4 }
          - { id: lp-steth, kind: lp, asset: stETH, venue: curve }
          - { id: solo, kind: stake, asset: ETH }
          - { id: restake-op1, kind: restake, asset: stETH, operator: op1 }
          - { id: restake-native, kind: restake, asset: ETH, operator: op3 }
          - { id: exchange, kind: custodial, asset: ETH, fee: 0.25 }
          - { id: lend-eth, kind: lend, asset: ETH, venue: aave }
        """;

    /// <summary>The compiled world, optionally with another step length.</summary>
    public static WorldModel World(double stepDays = 1)
    {
        var scenario = ScenarioLoader.Parse(Yaml, "eventful.yaml") with { StepDays = stepDays };
        return new WorldModel(scenario);
    }
}
