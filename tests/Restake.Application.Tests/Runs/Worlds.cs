namespace Restake.Application.Tests.Runs;

/// <summary>Small scenarios for the run tests.</summary>
internal static class Worlds
{
    public static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    /// <summary>A world with no randomness in returns: no AVS, no slashing, no contract risk, constant prices.</summary>
    public const string Riskless = """
        name: riskless
        horizonDays: 365
        stepDays: 1
        paths: 4
        seed: 1
        assets:
          ethUsd: { model: gbm, initial: 3000, drift: 0, volatility: 0 }
        consensus: { stakedEth: 34000000, realisedShare: 0.97, executionApr: 0.005 }
        operators:
          - { id: op1, stakeEth: 1000 }
        lsts:
          - { id: stETH, style: rebasing, protocolFee: 0.10 }
        holders:
          panicSelling: { discountThreshold: 0.02, navLossThreshold: 0.01, fractionPerDay: 0.05 }
          arbitrage: { capacityEthPerDay: 1000 }
          liquidators: { capacityEthPerDay: 1000 }
        strategies:
          - { id: solo, kind: stake, asset: ETH }
          - { id: exchange, kind: custodial, asset: ETH, fee: 0.25 }
          - { id: hold-steth, kind: hold, asset: stETH }
        """;

    /// <summary>One or two AVSs on one operator restaked natively; AVS rewards zero so only slashing moves value.</summary>
    public static string Avss(string avss) => $$"""
        name: avs
        horizonDays: 365
        stepDays: 1
        paths: 4
        seed: 7
        assets:
          ethUsd: { model: gbm, initial: 3000, drift: 0, volatility: 0 }
        consensus: { stakedEth: 34000000, realisedShare: 0.97, executionApr: 0.005 }
        operators:
          - { id: op1, stakeEth: 1000, commission: 0 }
        avss:
        {{avss}}
        holders:
          panicSelling: { discountThreshold: 0.02, navLossThreshold: 0.01, fractionPerDay: 0.05 }
          arbitrage: { capacityEthPerDay: 1000 }
          liquidators: { capacityEthPerDay: 1000 }
        strategies:
          - { id: restaked, kind: restake, asset: ETH, operator: op1 }
        """;
}
