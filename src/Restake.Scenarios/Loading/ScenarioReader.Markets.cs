using Restake.Scenarios.Model;
using YamlDotNet.RepresentationModel;

namespace Restake.Scenarios.Loading;

/// <summary>Venues, holder behaviour, contract risks and strategies.</summary>
internal sealed partial class ScenarioReader
{
    private Pool ReadPool(YamlNode node, string path)
    {
        var fields = new YamlFields(errors, node, path, "id", "kind", "tokens", "amplification", "fee", "balances");
        var id = Id(fields, _venues);
        _pools.Add(id, fields.Required("id"), fields.PathOf("id"));
        var kind = fields.String("kind");
        if (kind != "stableswap") throw errors.At(fields.Required("kind"), fields.PathOf("kind"), $"expected stableswap, got \"{kind}\"");
        var tokens = fields.List("tokens", (n, p) => _assets.Require(fields.StringOf(n, p), n, p), required: true);
        var balances = fields.List("balances", (n, p) => fields.NumberOf(n, p, 0, double.MaxValue), required: true);
        if (tokens.Length != 2) throw errors.At(fields.Required("tokens"), fields.PathOf("tokens"), $"expected 2 tokens, got {tokens.Length}");
        if (tokens[0] == tokens[1]) throw errors.At(fields.Required("tokens"), fields.PathOf("tokens"), "expected two different tokens");
        if (balances.Length != tokens.Length)
            throw errors.At(fields.Required("balances"), fields.PathOf("balances"), $"expected {tokens.Length} balances (one per token), got {balances.Length}");
        return new Pool(id, tokens, fields.Number("amplification", 1, 1e6), fields.Number("fee", 0, 0.5), balances);
    }

    private LendingMarket ReadLendingMarket(YamlNode node, string path)
    {
        var fields = new YamlFields(errors, node, path, "id", "kind", "collateral", "debt", "ltv", "liquidationThreshold",
            "liquidationBonus", "oracle", "borrowRate", "supplyEth", "borrowedEth");
        var id = Id(fields, _venues);
        _markets.Add(id, fields.Required("id"), fields.PathOf("id"));
        var ltv = fields.Probability("ltv");
        var threshold = fields.Probability("liquidationThreshold");
        if (threshold < ltv)
            throw errors.At(fields.Required("liquidationThreshold"), fields.PathOf("liquidationThreshold"),
                $"expected at least the ltv ({ltv:R}), got {threshold:R}");
        var rate = fields.Mapping("borrowRate", "base", "slope1", "slope2", "optimalUtilisation");
        var supply = fields.Number("supplyEth", 0);
        var borrowed = fields.OptionalNumber("borrowedEth", 0, 0);
        if (borrowed > supply)
            throw errors.At(fields.Required("borrowedEth"), fields.PathOf("borrowedEth"),
                $"expected at most the supply ({supply:R}), got {borrowed:R}");
        return new LendingMarket(
            id,
            fields.Enum<LendingKind>("kind"),
            _assets.Require(fields.String("collateral"), fields.Required("collateral"), fields.PathOf("collateral")),
            _assets.Require(fields.String("debt"), fields.Required("debt"), fields.PathOf("debt")),
            ltv,
            threshold,
            fields.Number("liquidationBonus", 0, 1),
            fields.Enum<OracleKind>("oracle"),
            new InterestRateModel(rate.Number("base", 0, 10), rate.Number("slope1", 0, 10), rate.Number("slope2", 0, 100),
                rate.Positive("optimalUtilisation", 1)),
            supply,
            borrowed);
    }

    private HolderBehaviour ReadHolders(YamlFields fields)
    {
        var panic = fields.Mapping("panicSelling", "discountThreshold", "navLossThreshold", "fractionPerDay", "reservationDiscount", "shareOfHolders");
        var arbitrage = fields.Mapping("arbitrage", "capacityEthPerDay", "costOfCapital");
        var liquidators = fields.Mapping("liquidators", "capacityEthPerDay", "minProfitEth");
        Loopers? loopers = null;
        if (fields.OptionalMapping("loopers", "targetLeverage", "venue", "shareOfSupply", "minLeverage") is { } l)
        {
            var venue = l.String("venue");
            _markets.Require(venue, l.Required("venue"), l.PathOf("venue"));
            var target = l.Number("targetLeverage", 1, 100);
            loopers = new Loopers(target, venue, l.Probability("shareOfSupply"))
            {
                MinLeverage = l.Has("minLeverage") ? l.Number("minLeverage", 1, target) : null,
            };
        }

        var runs = fields.OptionalMapping("runs", "intensityPerYear", "fractionOfSupply") is { } r
            ? new WithdrawalRuns(r.Number("intensityPerYear", 0, 365), r.Probability("fractionOfSupply"))
            : null;
        return new HolderBehaviour(
            new PanicSelling(panic.Probability("discountThreshold"), panic.Probability("navLossThreshold"),
                panic.Number("fractionPerDay", 0, PanicSelling.MaxFractionPerDay))
            {
                ReservationDiscount = panic.Fraction("reservationDiscount", PanicSelling.DefaultReservationDiscount),
                ShareOfHolders = panic.Fraction("shareOfHolders", 1),
            },
            new Arbitrage(arbitrage.Number("capacityEthPerDay", 0))
            {
                CostOfCapital = arbitrage.OptionalNumber("costOfCapital", Arbitrage.DefaultCostOfCapital, 0, 10),
            },
            loopers,
            new Liquidators(liquidators.Number("capacityEthPerDay", 0), liquidators.OptionalNumber("minProfitEth", 0, 0)))
        {
            Runs = runs,
        };
    }

    private ContractRisk ReadContractRisk(YamlNode node, string path)
    {
        var fields = new YamlFields(errors, node, path, "layer", "annualFailureProbability", "lossGivenFailure");
        return new ContractRisk(fields.Enum<ContractLayer>("layer"), fields.Probability("annualFailureProbability"),
            fields.Probability("lossGivenFailure"));
    }

    private Strategy ReadStrategy(YamlNode node, string path)
    {
        var fields = new YamlFields(errors, node, path, "id", "kind", "asset", "venue", "leverage", "capitalEth", "operator", "fee");
        var id = Id(fields, _strategies);
        var kind = fields.Enum<StrategyKind>("kind");
        var asset = _assets.Require(fields.String("asset"), fields.Required("asset"), fields.PathOf("asset"));
        var venue = fields.OptionalString("venue");
        var venueRegistry = kind switch
        {
            StrategyKind.Lp => _pools,
            StrategyKind.Loop or StrategyKind.Lend => _markets,
            _ => null,
        };
        if (venue is not null)
        {
            var venueNode = fields.Required("venue");
            _venues.Require(venue, venueNode, fields.PathOf("venue"));
            if (venueRegistry is null)
                throw errors.At(venueNode, fields.PathOf("venue"), $"a {YamlFields.KebabCase(kind.ToString())} strategy uses no venue");
            venueRegistry.Require(venue, venueNode, fields.PathOf("venue"));
        }
        else if (venueRegistry is not null)
        {
            throw errors.At(fields.Node, fields.PathOf("venue"), $"missing required field (a {YamlFields.KebabCase(kind.ToString())} strategy needs a venue)");
        }

        double? leverage = null;
        if (kind == StrategyKind.Loop) leverage = fields.Number("leverage", 1, 100);
        else if (fields.Has("leverage"))
            throw errors.At(fields.Required("leverage"), fields.PathOf("leverage"), "leverage is only allowed for loop strategies");
        if (kind is StrategyKind.Stake or StrategyKind.Custodial && asset != Scenario.Eth)
            throw errors.At(fields.Required("asset"), fields.PathOf("asset"), $"a {YamlFields.KebabCase(kind.ToString())} strategy stakes ETH, got \"{asset}\"");
        if (kind == StrategyKind.Restake && asset != Scenario.Eth && !_lsts.Contains(asset))
            throw errors.At(fields.Required("asset"), fields.PathOf("asset"),
                $"a restake strategy restakes ETH or an LST (expected one of: {string.Join(", ", new[] { Scenario.Eth }.Concat(_lsts.Ids))}), got \"{asset}\"");
        string? op = null;
        if (kind == StrategyKind.Restake)
        {
            op = fields.String("operator");
            _operators.Require(op, fields.Required("operator"), fields.PathOf("operator"));
        }
        else if (fields.Has("operator"))
        {
            throw errors.At(fields.Required("operator"), fields.PathOf("operator"), "operator is only allowed for restake strategies");
        }

        double? fee = null;
        if (kind == StrategyKind.Custodial) fee = fields.Probability("fee");
        else if (fields.Has("fee"))
            throw errors.At(fields.Required("fee"), fields.PathOf("fee"), "fee is only allowed for custodial strategies");
        return new Strategy(id, kind, asset, venue, leverage, fields.OptionalPositive("capitalEth", 1)) { Operator = op, Fee = fee };
    }
}
