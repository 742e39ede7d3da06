namespace Restake.Server.Tests.Support;

/// <summary>Valid scenario text for the API tests: a small world (one LST, one LRT over two operators, one AVS, a pool, a lending market).</summary>
public static class TestScenarios
{
    /// <summary>The world named <paramref name="name"/>, with <paramref name="seed"/> as its seed (to tell versions apart).</summary>
    public static string World(string name = "test-world", int seed = 42) =>
        $"name: {name}\n" + Body.Replace("seed: 42", $"seed: {seed}", StringComparison.Ordinal);

    private const string Body = """
        description: Two operators restaked through one LRT, with a loop on a lending market.
        horizonDays: 60
        stepDays: 1
        paths: 200
        seed: 42
        assets:
          ethUsd:
            model: gbm
            initial: 3000
            drift: 0.0
            volatility: 0.7
            jumps: { intensityPerYear: 2, meanLog: -0.1, sdLog: 0.15 }
          tokens:
            - id: EIGEN
              usd: { model: gbm, initial: 3, drift: 0, volatility: 1.0 }
        consensus:
          stakedEth: 34000000
          realisedShare: 0.97
          executionApr: 0.005
          exitQueueDays: 10
          slashingProbabilityPerYear: 0.01
        operators:
          - id: op1
            stakeEth: 100000
            commission: 0.10
            correlationGroup: cloud-a
          - id: op2
            stakeEth: 50000
        avss:
          - id: oracle
            reward: { token: EIGEN, aprOnAllocated: 0.01 }
            faultProbabilityPerYear: 0.02
            slashFraction: 0.5
            correlationGroup: g1
            profitFromCorruptionUsd: 50000000
            threshold: 0.67
            operatorSets:
              - id: main
                allocations:
                  - { operator: op1, magnitude: 0.3 }
                  - { operator: op2, magnitude: 0.6 }
        lsts:
          - id: stETH
            style: rebasing
            protocolFee: 0.10
            withdrawalDelayDays: 5
        lrts:
          - id: ezETH
            style: ezeth
            underlying: stETH
            fee: 0.10
            allocationPolicy: { kind: manual, weights: { op1: 0.7, op2: 0.3 } }
            withdrawalDelayDays: 7
            tvlEth: 300000
        venues:
          pools:
            - id: curve-steth
              kind: stableswap
              tokens: [ETH, stETH]
              amplification: 50
              fee: 0.0004
              balances: [100000, 100000]
          lendingMarkets:
            - id: aave-core
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
          loopers: { targetLeverage: 5, venue: aave-core, shareOfSupply: 0.2 }
          liquidators: { capacityEthPerDay: 100000, minProfitEth: 0.05 }
          runs: { intensityPerYear: 1, fractionOfSupply: 0.2 }
        contractRisks:
          - { layer: lrt, annualFailureProbability: 0.01, lossGivenFailure: 0.5 }
          - { layer: lending, annualFailureProbability: 0.002, lossGivenFailure: 0.3 }
        strategies:
          - id: hold-ezeth
            kind: hold
            asset: ezETH
          - id: loop-ezeth
            kind: loop
            asset: ezETH
            venue: aave-core
            leverage: 4
          - id: lp-steth
            kind: lp
            asset: stETH
            venue: curve-steth
          - { id: solo, kind: stake, asset: ETH }
          - { id: restake-op1, kind: restake, asset: stETH, operator: op1 }
          - { id: exchange, kind: custodial, asset: ETH, fee: 0.25 }
          - { id: hold-steth, kind: hold, asset: stETH }
          - { id: lend-eth, kind: lend, asset: ETH, venue: aave-core }
        """;
}
