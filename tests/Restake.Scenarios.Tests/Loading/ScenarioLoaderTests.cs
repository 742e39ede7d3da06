using Restake.Scenarios.Loading;
using Restake.Scenarios.Model;

namespace Restake.Scenarios.Tests.Loading;

public class ScenarioLoaderTests
{
    internal static readonly string ExamplePath = Path.Combine(AppContext.BaseDirectory, "Data", "example.yaml");
    internal static readonly string Example = File.ReadAllText(ExamplePath);

    [Fact]
    public void Loads_the_example_completely()
    {
        var s = ScenarioLoader.Load(ExamplePath);
        Assert.Equal(("example", 365.0, 1.0, 1000L, 42UL), (s.Name, s.HorizonDays, s.StepDays, s.Paths, s.Seed));
        Assert.Equal(new GbmPrice(3000, 0, 0.7, new JumpModel(2, -0.1, 0.15)), s.Assets.EthUsd);
        Assert.Equal(new Token("EIGEN", new GbmPrice(3, 0, 1.0, null)), s.Assets.Tokens.Single());
        Assert.Equal(new ConsensusParameters(34_000_000, 0.97, 0.005, 10), s.Consensus);
        Assert.Equal(new Operator("op1", 100_000, 0.10, "cloud-a"), s.Operators[0]);
        Assert.Equal(new Operator("op2", 50_000, 0.10, null), s.Operators[1]); // default commission

        var avs = s.Avss.Single();
        Assert.Equal(("oracle", new AvsReward("EIGEN", 0.01), 0.02, 0.5, "g1", 50_000_000.0, 0.67),
            (avs.Id, avs.Reward, avs.FaultProbabilityPerYear, avs.SlashFraction, avs.CorrelationGroup,
                avs.ProfitFromCorruptionUsd, avs.Threshold));
        Assert.Equal("main", avs.OperatorSets.Single().Id);
        Assert.Equal([new Allocation("op1", 0.3), new Allocation("op2", 0.6)], avs.OperatorSets.Single().Allocations.ToArray());

        Assert.Equal(new Lst("stETH", LstStyle.Rebasing, 0.10, 5), s.Lsts.Single());
        var lrt = s.Lrts.Single();
        Assert.Equal(("ezETH", LrtStyle.Ezeth, "stETH", 0.10, 7.0), (lrt.Id, lrt.Style, lrt.Underlying, lrt.Fee, lrt.WithdrawalDelayDays));
        Assert.Equal(AllocationPolicyKind.Manual, lrt.AllocationPolicy.Kind);
        Assert.Equal(0.7, lrt.AllocationPolicy.Weights!["op1"]);
        Assert.Null(lrt.TvlEth);

        var pool = s.Venues.Pools.Single();
        Assert.Equal(("curve-steth", 50.0, 0.0004), (pool.Id, pool.Amplification, pool.Fee));
        Assert.Equal(["ETH", "stETH"], pool.Tokens.ToArray());
        Assert.Equal([100_000.0, 100_000.0], pool.Balances.ToArray());
        var market = s.Venues.LendingMarkets.Single();
        Assert.Equal(("aave-core", LendingKind.Aave, "ezETH", "ETH", 0.93, 0.95, 0.01, OracleKind.ExchangeRate, 1_000_000.0),
            (market.Id, market.Kind, market.Collateral, market.Debt, market.Ltv, market.LiquidationThreshold,
                market.LiquidationBonus, market.Oracle, market.SupplyEth));
        Assert.Equal(new InterestRateModel(0, 0.027, 0.8, 0.9), market.BorrowRate);

        Assert.Equal(new HolderBehaviour(new PanicSelling(0.02, 0.01, 0.05), new Arbitrage(50_000),
            new Loopers(5, "aave-core", 0.2), new Liquidators(100_000, 0.05)), s.Holders);
        Assert.Equal([new ContractRisk(ContractLayer.Lrt, 0.01, 0.5), new ContractRisk(ContractLayer.Lending, 0.002, 0.3)],
            s.ContractRisks.ToArray());
        Assert.Equal([
            new Strategy("hold-ezeth", StrategyKind.Hold, "ezETH", null, null, 1),
            new Strategy("loop-ezeth", StrategyKind.Loop, "ezETH", "aave-core", 4, 1),
            new Strategy("lp-steth", StrategyKind.Lp, "stETH", "curve-steth", null, 1),
            new Strategy("solo", StrategyKind.Stake, "ETH", null, null, 1),
            new Strategy("restake-op1", StrategyKind.Restake, "stETH", null, null, 1) { Operator = "op1" },
            new Strategy("exchange", StrategyKind.Custodial, "ETH", null, null, 1) { Fee = 0.25 },
        ], s.Strategies.ToArray());
        Assert.Equal([
            new ExpectedBand(ExpectedMetric.InitialPoolPrice, "curve-steth", 0.99, 1.0, "balanced pool, 4 bp fee"),
            new ExpectedBand(ExpectedMetric.MinPrice, "ezETH", 0.5, 1.01, null),
            new ExpectedBand(ExpectedMetric.BadDebt, "loop-ezeth", 0, 100, null),
            new ExpectedBand(ExpectedMetric.MeanApy, "loop-ezeth", -1, 1, null),
        ], s.Expected.ToArray());
    }

    [Fact]
    public void Optional_sections_may_be_left_out()
    {
        var minimal = """
            name: minimal
            horizonDays: 30
            stepDays: 1
            paths: 10
            seed: 1
            assets:
              ethUsd: { model: gbm, initial: 3000, drift: 0, volatility: 0.5 }
            consensus: { stakedEth: 30000000 }
            operators:
              - { id: op1, stakeEth: 10 }
            holders:
              panicSelling: { discountThreshold: 0.02, navLossThreshold: 0.01, fractionPerDay: 0.05 }
              arbitrage: { capacityEthPerDay: 1000 }
              liquidators: { capacityEthPerDay: 1000 }
            strategies:
              - { id: hold, kind: hold, asset: ETH }
            """;
        var s = ScenarioLoader.Parse(minimal, "minimal.yaml");
        Assert.Empty(s.Avss);
        Assert.Empty(s.Venues.Pools);
        Assert.Null(s.Holders.Loopers);
        Assert.Empty(s.Expected);
        Assert.Equal(new ConsensusParameters(30_000_000, 0.97, 0.005, 0), s.Consensus);
    }

    [Fact]
    public void Csv_prices_are_resolved_next_to_the_scenario()
    {
        var dir = Directory.CreateTempSubdirectory("scenario");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "eth.csv"), "day,close\n0,3000\n");
            var text = Example.Replace(
                "    model: gbm\n    initial: 3000\n    drift: 0.0\n    volatility: 0.7\n    jumps: { intensityPerYear: 2, meanLog: -0.1, sdLog: 0.15 }\n",
                "    model: csv\n    file: eth.csv\n    column: close\n");
            var file = Path.Combine(dir.FullName, "s.yaml");
            File.WriteAllText(file, text);
            Assert.Equal(new CsvPrice("eth.csv", "close"), ScenarioLoader.Load(file).Assets.EthUsd);

            File.WriteAllText(file, text.Replace("file: eth.csv", "file: missing.csv"));
            var message = Assert.Throws<InputException>(() => ScenarioLoader.Load(file)).Message;
            Assert.StartsWith($"{file}:11:11: assets.ethUsd.file: price file \"missing.csv\" not found", message);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Missing_file_is_an_input_error() =>
        Assert.StartsWith("/nowhere/s.yaml: cannot read",
            Assert.Throws<InputException>(() => ScenarioLoader.Load("/nowhere/s.yaml")).Message);
}
