using Restake.Analysis.Security;
using Restake.Numerics;

namespace Restake.Analysis.Tests.Security;

public class NetworkLoaderTests
{
    private const string Good = """
        {"name":"n","model":"pooled","validators":[{"id":"a","stake":"1"},{"id":"b","stake":"99"}],
         "services":[{"id":"x","profit":"100","threshold":"1","validators":["a","b"]}],"queries":{"shocks":["1/100"]}}
        """;

    [Theory]
    [InlineData("\"validators\":[\"a\",\"b\"]", "\"validators\":[\"a\",\"zz\"]", "services[0] ('x'): validators: unknown validator 'zz'")]
    [InlineData("\"threshold\":\"1\"", "\"threshold\":\"3/2\"", "services[0] ('x'): threshold: must be in (0, 1]")]
    [InlineData("\"threshold\":\"1\"", "\"threshold\":\"0\"", "services[0] ('x'): threshold: must be in (0, 1]")]
    [InlineData("\"stake\":\"99\"", "\"stake\":\"-1\"", "validators[1] ('b'): stake: must be ≥ 0")]
    [InlineData("\"profit\":\"100\"", "\"profit\":\"-5\"", "services[0] ('x'): profit: must be ≥ 0")]
    [InlineData("{\"id\":\"b\"", "{\"id\":\"a\"", "validators[1] ('a'): id: duplicate validator id 'a'")]
    [InlineData("[\"1/100\"]", "[\"3/2\"]", "queries: shocks[0]: shock must be in [0, 1]")]
    [InlineData("\"stake\":\"1\"", "\"stake\":\"one\"", "validators[0] ('a'): stake: 'one' is not a number")]
    public void Bad_input_names_the_file_and_field(string from, string to, string message)
    {
        var text = Good.Replace(from, to);
        Assert.NotEqual(Good, text);
        var e = Assert.Throws<InputException>(() => NetworkLoader.ParseJson(text, "net.json"));
        Assert.StartsWith("net.json: ", e.Message);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Duplicate_service_ids_and_over_allocation_are_rejected()
    {
        var dup = Good.Replace("]}],\"queries\"", "]},{\"id\":\"x\",\"profit\":\"1\",\"threshold\":\"1\",\"validators\":[]}],\"queries\"");
        Assert.Contains("duplicate service id 'x'", Assert.Throws<InputException>(() => NetworkLoader.ParseJson(dup, "f.json")).Message);
        const string over = """
            {"model":"unique-stake","validators":[{"id":"o","stake":"5"}],
             "services":[{"id":"s","profit":"1","threshold":"1","allocations":[{"validator":"o","amount":"6"}]}]}
            """;
        Assert.Contains("allocations sum to 6, more than its stake 5", Assert.Throws<InputException>(() => NetworkLoader.ParseJson(over, "u.json")).Message);
    }

    [Fact]
    public void Yaml_with_the_same_structure_loads_the_same_network()
    {
        const string yaml = """
            name: n
            model: pooled
            validators:
              - {id: a, stake: 1}
              - {id: b, stake: "99"}
            services:
              - id: x
                profit: 100
                threshold: "1"
                validators: [a, b]
            queries:
              shocks: ["1/100"]
            expect:
              secure: true
              worstLoss: {"1/100": "1"}
            """;
        var y = NetworkLoader.ParseYaml(yaml, "n.yaml");
        var j = NetworkLoader.ParseJson(Good, "n.json");
        Assert.Equal(j.Network.TotalStake, y.Network.TotalStake);
        Assert.Equal(j.Network.Services[0].Profit, y.Network.Services[0].Profit);
        Assert.Equal(j.Shocks, y.Shocks);
        Assert.True(y.Expect!.Secure);
        Assert.Equal(Rational.One, y.Expect.WorstLoss.Single().Loss);
    }

    [Fact]
    public void Decimal_numbers_are_exact()
    {
        var c = NetworkLoader.ParseJson(Good.Replace("\"stake\":\"1\"", "\"stake\":\"39.2\""), "d.json");
        Assert.Equal(new Rational(196, 5), c.Network.Validators[0].Stake);
    }
}
