using Restake.Simulation.Slashing;

namespace Restake.Simulation.Tests.Slashing;

public class SlashingMonteCarloTests
{
    private const string Mainnet = "../../../../../../shared/benchmarks/slashing-mc-mainnet.json";

    private static string MainnetPath => Path.Combine(AppContext.BaseDirectory, Mainnet);

    private static void AssertWithinThreeStandardErrors(SlashingResult result) =>
        Assert.InRange(result.MeanNav, result.ClosedFormMean - 3 * result.StdErr, result.ClosedFormMean + 3 * result.StdErr);

    [Fact]
    public void Mainnet_mean_is_within_three_standard_errors_of_the_closed_form()
    {
        var result = SlashingMonteCarlo.Run(SlashingInstanceLoader.Load(MainnetPath), paths: 200_000);
        AssertWithinThreeStandardErrors(result);
        Assert.InRange(result.StdErr, 1e-6, 1e-3);
        Assert.InRange(result.PLoss, 0.01, 0.99);
        Assert.True(result.Cvar99 >= result.Var99 && result.Var99 > 0);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void Small_instances_have_means_within_three_standard_errors(ulong seed)
    {
        AssertWithinThreeStandardErrors(SlashingMonteCarlo.Run(TinyInstances.ThreeAvsOneGroup(days: 30), 100_000, seed));
        AssertWithinThreeStandardErrors(SlashingMonteCarlo.Run(TinyInstances.OneAvs(days: 200), 100_000, seed));
    }

    [Fact]
    public void One_and_two_threads_give_identical_figures()
    {
        var instance = SlashingInstanceLoader.Load(MainnetPath);
        var one = SlashingMonteCarlo.Run(instance, 50_000, 5, threads: 1);
        var two = SlashingMonteCarlo.Run(instance, 50_000, 5, threads: 2);
        Assert.Equal(one with { Seconds = 0 }, two with { Seconds = 0 });
        var model = new SlashingModel(instance);
        Assert.Equal(SlashingMonteCarlo.Simulate(model, 20_000, 9, 1), SlashingMonteCarlo.Simulate(model, 20_000, 9, 3));
    }

    [Fact]
    public void Same_seed_repeats_and_another_seed_differs()
    {
        var instance = TinyInstances.ThreeAvsOneGroup(days: 30);
        var a = SlashingMonteCarlo.Run(instance, 20_000, 11);
        var b = SlashingMonteCarlo.Run(instance, 20_000, 11);
        var c = SlashingMonteCarlo.Run(instance, 20_000, 12);
        Assert.Equal(a with { Seconds = 0 }, b with { Seconds = 0 });
        Assert.NotEqual(a.MeanNav, c.MeanNav);
    }

    [Fact]
    public void A_path_does_not_depend_on_how_many_paths_run()
    {
        var model = new SlashingModel(TinyInstances.ThreeAvsOneGroup(days: 30));
        var few = SlashingMonteCarlo.Simulate(model, 5_000, 4, 2);
        var many = SlashingMonteCarlo.Simulate(model, 20_000, 4, 2);
        Assert.Equal(few, many.Take(5_000));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Sampled_nav_law_matches_exact_enumeration(int which)
    {
        var instance = which switch
        {
            0 => TinyInstances.OneAvs(),
            1 => TinyInstances.ThreeAvsOneGroup(),
            _ => TinyInstances.ThreeGroups(),
        };
        var exact = ExactDistribution.Nav(instance);
        var atoms = exact.Keys.Order().ToArray();
        var n = (int)instance.Paths;
        var nav = SlashingMonteCarlo.Simulate(new SlashingModel(instance), n, instance.Seed, null);
        var counts = new Dictionary<double, int>();
        foreach (var v in nav)
        {
            var atom = atoms.MinBy(a => Math.Abs(a - v));
            Assert.True(Math.Abs(atom - v) < 1e-9, $"NAV {v} is not a possible value");
            counts[atom] = counts.GetValueOrDefault(atom) + 1;
        }

        foreach (var (atom, p) in exact)
        {
            var sd = Math.Sqrt(n * p * (1 - p));
            Assert.InRange(counts.GetValueOrDefault(atom), n * p - 5 * sd - 1, n * p + 5 * sd + 1);
        }

        var exactPLoss = exact.Where(e => e.Key < 1).Sum(e => e.Value);
        var result = SlashingMonteCarlo.Run(instance, n, instance.Seed);
        var tolerance = 5 * Math.Sqrt(exactPLoss * (1 - exactPLoss) / n);
        Assert.InRange(result.PLoss, exactPLoss - tolerance, exactPLoss + tolerance);
        var exactMean = exact.Sum(e => e.Key * e.Value);
        Assert.Equal(exactMean, result.ClosedFormMean, 1e-12);
        AssertWithinThreeStandardErrors(result);
    }

    [Fact]
    public void Value_at_risk_is_the_exact_one_percent_quantile_when_it_is_well_inside_an_atom()
    {
        var instance = TinyInstances.OneAvs();
        var exact = ExactDistribution.Nav(instance).OrderBy(e => e.Key).ToList();
        double cumulative = 0;
        var quantile = double.NaN;
        foreach (var (value, p) in exact)
        {
            cumulative += p;
            if (cumulative < 0.01) continue;
            // The level must not sit near an atom boundary, or sampling noise could pick the neighbour.
            Assert.True(cumulative - p < 0.009 && cumulative > 0.011, "test instance's 1 % level is too close to an edge");
            quantile = value;
            break;
        }

        var result = SlashingMonteCarlo.Run(instance, instance.Paths, instance.Seed);
        Assert.Equal(1 - quantile, result.Var99, 1e-9);
    }

    [Fact]
    public void Everything_slashed_to_nothing_gives_nav_zero()
    {
        // Certain fault, certain implication, full slash, full magnitude: x = 0 on every path.
        var instance = new SlashingInstance([new("a", 1)], [new("s", 1, 1, "g")], [new("g", 0, 0)],
            [new("a", "s", 1)], 1, new Dictionary<string, double> { ["a"] = 1 }, 3, 1000, 1);
        var result = SlashingMonteCarlo.Run(instance);
        Assert.Equal((0.0, 0.0, 1.0, 1.0, 1.0, 0.0), (result.MeanNav, result.StdErr, result.PLoss, result.Var99,
            result.Cvar99, result.ClosedFormMean));
    }

    [Fact]
    public void No_fault_probability_gives_no_loss()
    {
        var instance = TinyInstances.ThreeAvsOneGroup() with
        {
            Avss = [new("s1", 0, 0.5, "g"), new("s2", 0, 0.3, "g"), new("s3", 0, 0.9, "g")],
            Groups = [new("g", 0, 0.6)],
        };
        var result = SlashingMonteCarlo.Run(instance, 10_000);
        Assert.Equal((1.0, 0.0, 0.0, 0.0, 1.0), (result.MeanNav, result.PLoss, result.Var99, result.Cvar99, result.ClosedFormMean));
    }

    [Fact]
    public void Fewer_than_two_paths_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SlashingMonteCarlo.Run(TinyInstances.OneAvs(), 1));
}
