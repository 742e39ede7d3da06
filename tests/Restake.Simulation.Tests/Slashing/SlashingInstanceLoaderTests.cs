using Restake.Simulation.Slashing;

namespace Restake.Simulation.Tests.Slashing;

public class SlashingInstanceLoaderTests
{
    private const string Valid = """
        {
          "operators":   [ {"id": "op1", "stake": 1200.5}, {"id": "op2", "stake": 10} ],
          "avss":        [ {"id": "avs1", "dailyFaultProbability": 0.0002, "slashFraction": 0.5, "group": "g1"} ],
          "groups":      [ {"id": "g1", "dailyShockProbability": 0.001, "faultProbabilityWhenShocked": 0.2} ],
          "allocations": [ {"operator": "op1", "avs": "avs1", "magnitude": 0.3} ],
          "implicationProbability": 0.5,
          "lrt":         { "weights": { "op1": 0.75, "op2": 0.25 } },
          "days": 365, "paths": 100000, "seed": 1
        }
        """;

    private static SlashingInstance Parse(string text) => SlashingInstanceLoader.Parse(text, "net.json");

    private static string Error(string text) => Assert.Throws<InputException>(() => Parse(text)).Message;

    [Fact]
    public void Reads_every_field()
    {
        var instance = Parse(Valid);
        Assert.Equal([new SlashingOperator("op1", 1200.5), new SlashingOperator("op2", 10)], instance.Operators);
        Assert.Equal(new SlashingAvs("avs1", 0.0002, 0.5, "g1"), instance.Avss.Single());
        Assert.Equal(new SlashingGroup("g1", 0.001, 0.2), instance.Groups.Single());
        Assert.Equal(new SlashingAllocation("op1", "avs1", 0.3), instance.Allocations.Single());
        Assert.Equal((0.5, 365, 100000L, 1UL), (instance.ImplicationProbability, instance.Days, instance.Paths, instance.Seed));
        Assert.Equal(0.25, instance.LrtWeights["op2"]);
    }

    [Fact]
    public void Reads_the_mainnet_benchmark()
    {
        var instance = SlashingInstanceLoader.Load(Path.Combine(AppContext.BaseDirectory,
            "../../../../../../shared/benchmarks/slashing-mc-mainnet.json"));
        Assert.Equal((2000, 50, 5, 365), (instance.Operators.Count, instance.Avss.Count, instance.Groups.Count, instance.Days));
    }

    [Theory]
    [InlineData("\"slashFraction\": 0.5", "\"slashFraction\": 1.5", "avss[0].slashFraction", "in [0, 1]")]
    [InlineData("\"dailyFaultProbability\": 0.0002", "\"dailyFaultProbability\": -0.1", "avss[0].dailyFaultProbability", "in [0, 1]")]
    [InlineData("\"magnitude\": 0.3", "\"magnitude\": \"0.3\"", "allocations[0].magnitude", "expected a number")]
    [InlineData("\"group\": \"g1\"", "\"group\": \"g9\"", "avss[0].group", "unknown group \"g9\"")]
    [InlineData("\"operator\": \"op1\"", "\"operator\": \"op7\"", "allocations[0].operator", "unknown operator \"op7\"")]
    [InlineData("\"avs\": \"avs1\"", "\"avs\": \"avs2\"", "allocations[0].avs", "unknown AVS \"avs2\"")]
    [InlineData("\"op2\": 0.25", "\"op2\": 0.35", "lrt.weights", "sum to 1")]
    [InlineData("\"op2\": 0.25", "\"op9\": 0.25", "lrt.weights.op9", "unknown operator")]
    [InlineData("\"days\": 365,", "", "days", "missing required field")]
    [InlineData("\"days\": 365", "\"days\": 3.5", "days", "expected a non-negative integer")]
    [InlineData("\"paths\": 100000", "\"paths\": 1", "paths", "[2,")]
    [InlineData("\"paths\": 100000", "\"paths\": 100000001", "paths", "expected an integer in [2, 100000000]")]
    [InlineData("\"seed\": 1", "\"seed\": 1, \"colour\": 2", "colour", "unknown field")]
    [InlineData("\"stake\": 10}", "\"stake\": 10, \"name\": \"x\"}", "operators[1].name", "unknown field")]
    [InlineData("{\"id\": \"op2\"", "{\"id\": \"op1\"", "operators[1].id", "duplicate id \"op1\"")]
    [InlineData("[ {\"id\": \"op1\", \"stake\": 1200.5}, {\"id\": \"op2\", \"stake\": 10} ]", "3", "operators", "expected an array")]
    public void Bad_fields_are_named_with_the_file(string from, string to, string field, string problem)
    {
        Assert.Contains(from, Valid);
        var message = Error(Valid.Replace(from, to));
        Assert.StartsWith($"net.json: {field}", message);
        Assert.Contains(problem, message);
    }

    [Fact]
    public void Magnitudes_above_one_per_operator_are_refused()
    {
        var text = Valid.Replace("\"allocations\": [ {\"operator\": \"op1\", \"avs\": \"avs1\", \"magnitude\": 0.3} ]",
            "\"allocations\": [ {\"operator\": \"op1\", \"avs\": \"avs1\", \"magnitude\": 0.7}, {\"operator\": \"op1\", \"avs\": \"avs2\", \"magnitude\": 0.4} ]")
            .Replace("\"group\": \"g1\"} ]", "\"group\": \"g1\"}, {\"id\": \"avs2\", \"dailyFaultProbability\": 0.1, \"slashFraction\": 0.5, \"group\": \"g1\"} ]");
        var message = Error(text);
        Assert.StartsWith("net.json: allocations[1].magnitude", message);
        Assert.Contains("sum to 1.1", message);
    }

    [Fact]
    public void Malformed_json_names_line_and_column() =>
        Assert.StartsWith("net.json: line 3, column", Error(Valid.Replace("\"avss\":", "\"avss\"")));

    [Fact]
    public void Missing_file_is_an_input_error()
    {
        var message = Assert.Throws<InputException>(() => SlashingInstanceLoader.Load("/nonexistent/net.json")).Message;
        Assert.StartsWith("/nonexistent/net.json: cannot read", message);
    }
}
