using System.Text.Json;
using Restake.Cli;

namespace Restake.Cli.Tests.Security;

public class SecurityCommandTests
{
    private static string Shared(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Restake.slnx"))) dir = dir.Parent;
        return Path.GetFullPath(Path.Combine([dir!.FullName, "..", "shared", .. parts]));
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = CliRunner.Run(CommandCatalog.Build(new System.CommandLine.RootCommand()), args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Conformance_security_passes_every_shared_file()
    {
        var (code, output, _) = Run("conformance", "security", Shared("conformance", "security"));
        Assert.Equal(0, code);
        Assert.Contains("14 passed, 0 failed", output);
    }

    [Fact]
    public void Conformance_security_fails_on_a_wrong_expectation()
    {
        var dir = Directory.CreateTempSubdirectory();
        var text = File.ReadAllText(Shared("conformance", "security", "tv6-certificate-loose.json")).Replace("\"3/13\"", "\"4/13\"");
        File.WriteAllText(Path.Combine(dir.FullName, "bad.json"), text);
        var (code, output, _) = Run("conformance", "security", dir.FullName);
        Assert.Equal(1, code);
        Assert.Contains("gammaStar: expected 4/13, got 3/13", output);
        Assert.Contains("0 passed, 1 failed", output);
    }

    [Fact]
    public void Analyze_json_uses_conformance_names_and_exact_rationals()
    {
        var (code, output, _) = Run("security", "analyze", Shared("conformance", "security", "tv2-no-slack-no-robustness.json"), "--json", "--shocks", "1/100,0.005");
        Assert.Equal(0, code);
        var doc = JsonDocument.Parse(output).RootElement;
        Assert.True(doc.GetProperty("secure").GetBoolean());
        Assert.Equal("0", doc.GetProperty("maxProfit").GetString());
        Assert.Equal("0", doc.GetProperty("gammaStar").GetString());
        Assert.Equal("0", doc.GetProperty("gammaCert").GetString());
        Assert.Equal("a", doc.GetProperty("gammaCertBinding").GetString());
        Assert.Equal("1", doc.GetProperty("worstLoss").GetProperty("1/100").GetString());
        Assert.Equal("0", doc.GetProperty("worstLoss").GetProperty("0.005").GetString());
        Assert.Equal("100", doc.GetProperty("serviceTable")[0].GetProperty("costOfCorruption").GetString());
    }

    [Fact]
    public void Analyze_text_shows_verdict_witness_and_table()
    {
        var (code, output, _) = Run("security", "analyze", Shared("conformance", "security", "tv1-whitepaper-overlap.json"), "--solver", "scip");
        Assert.Equal(0, code);
        Assert.Contains("verdict: INSECURE", output);
        Assert.Contains("maxProfit: 16", output);
        Assert.Contains("witness attack: ({s1,s2,s3,s4,s5,s6,s7,s8,s9,s10},", output);
        Assert.Contains("gammaStar: -4/5", output);
        Assert.Contains("gammaCert: -4/5 (≈-0.800000) (binding validator v1)", output);
        Assert.Contains("worstLoss[0.05]", output);
        Assert.Contains("stake model: pooled", output);
    }

    [Theory]
    [InlineData("--shocks", "2", "--shocks: 2: shock must be in [0, 1]")]
    [InlineData("--solver", "gurobi", "--solver: unknown solver 'gurobi'")]
    public void Bad_flags_give_one_message_and_exit_2(string flag, string value, string message)
    {
        var (code, output, err) = Run("security", "analyze", Shared("conformance", "security", "tv3-figure4.json"), flag, value);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(message, err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void Bad_network_file_names_the_file_and_field()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "net.json");
        File.WriteAllText(path, """{"validators":[{"id":"a","stake":"1"}],"services":[{"id":"x","profit":"1","threshold":"1","validators":["b"]}]}""");
        var (code, _, err) = Run("security", "analyze", path);
        Assert.Equal(2, code);
        Assert.Contains($"{path}: services[0] ('x'): validators: unknown validator 'b'", err);
    }

    [Fact]
    public void Generate_writes_a_network_that_analyze_reads()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "gen.json");
        var (code, _, _) = Run("security", "generate", "--operators", "30", "--services", "4", "--max-degree", "3", "--seed", "7", "--out", path);
        Assert.Equal(0, code);
        var doc = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
        Assert.Equal(30, doc.GetProperty("validators").GetArrayLength());
        Assert.Equal(4, doc.GetProperty("services").GetArrayLength());
        var (code2, output, _) = Run("security", "analyze", path, "--json");
        Assert.Equal(0, code2);
        Assert.True(JsonDocument.Parse(output).RootElement.GetProperty("maxProfitProven").GetBoolean());
        var (again, same, _) = Run("security", "generate", "--operators", "30", "--services", "4", "--max-degree", "3", "--seed", "7");
        Assert.Equal(0, again);
        Assert.Equal(File.ReadAllText(path).Trim(), same.Trim());
    }
}
