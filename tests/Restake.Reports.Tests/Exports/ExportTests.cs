using System.Globalization;
using System.Text.Json;
using Parquet;
using Parquet.Schema;
using Restake.Application.Runs;
using Restake.Reports.Exports;
using Restake.Reports.Html;
using Restake.Simulation.Results;

namespace Restake.Reports.Tests.Exports;

public sealed class ExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("restake-export-").FullName;
    private readonly RunResult _run = SampleRun.Create();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Csv_has_a_header_and_one_row_per_strategy_and_path()
    {
        new PathCsvWriter().Write(_run, _dir);
        var lines = File.ReadAllLines(Path.Combine(_dir, PathCsvWriter.Paths));
        Assert.Equal(1 + 3 * SampleRun.Paths, lines.Length);
        var header = lines[0].Split(',');
        Assert.Equal(["strategy", "path", "final_wealth", "return", "max_drawdown", "liquidations", "bad_debt"], header[..7]);
        Assert.Equal(7 + YieldLayers.Count, header.Length);
        Assert.Contains("layer_avs_slashing", header);

        // Row of loop-weeth path 10: values round-trip exactly, and the layers sum to the return.
        var s = _run.Output.Strategies[1];
        var row = lines.Single(l => l.StartsWith("loop-weeth,10,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(s.FinalWealth[10], double.Parse(row[2], CultureInfo.InvariantCulture));
        Assert.Equal("1", row[5]);
        var layers = row[7..].Sum(v => double.Parse(v, CultureInfo.InvariantCulture));
        Assert.Equal(double.Parse(row[3], CultureInfo.InvariantCulture), layers, 6); // layers are single precision

        var tokens = File.ReadAllLines(Path.Combine(_dir, PathCsvWriter.TokenPaths));
        Assert.Equal(1 + SampleRun.Paths, tokens.Length);
        Assert.Equal("token,pool,path,min_price_to_nav,days_below_peg,final_nav", tokens[0]);
    }

    [Fact]
    public void Csv_quotes_text_with_separators()
    {
        var table = new ExportTable("t", [new ExportColumn("name", new[] { "a,b", "say \"hi\"", "plain" }), new ExportColumn("n", new[] { 1, 2, 3 })]);
        var writer = new StringWriter();
        CsvTableWriter.Write(table, writer);
        Assert.Equal("name,n\n\"a,b\",1\n\"say \"\"hi\"\"\",2\nplain,3\n", writer.ToString());
    }

    [Fact]
    public async Task Parquet_reads_back_with_the_same_columns_and_values()
    {
        new PathParquetWriter().Write(_run, _dir);
        await using var reader = await ParquetReader.CreateAsync(Path.Combine(_dir, PathParquetWriter.Paths));
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(PathTables.Strategies(_run.Output).Columns.Select(c => c.Name), fields.Select(f => f.Name));
        Assert.Equal(1, reader.RowGroupCount);
        using var group = reader.OpenRowGroupReader(0);
        var rows = (int)group.RowCount;
        Assert.Equal(3 * SampleRun.Paths, rows);

        var strategy = new string?[rows];
        await group.ReadAsync(fields.Single(f => f.Name == "strategy"), strategy.AsMemory());
        var wealth = new double[rows];
        await group.ReadAsync<double>(fields.Single(f => f.Name == "final_wealth"), wealth.AsMemory());
        var drawdown = new float[rows];
        await group.ReadAsync<float>(fields.Single(f => f.Name == "max_drawdown"), drawdown.AsMemory());
        var liquidations = new int[rows];
        await group.ReadAsync<int>(fields.Single(f => f.Name == "liquidations"), liquidations.AsMemory());

        var expected = _run.Output.Strategies.SelectMany(s => s.FinalWealth).ToArray();
        Assert.Equal(expected, wealth);
        Assert.Equal(_run.Output.Strategies.SelectMany(s => Enumerable.Repeat(s.StrategyId, SampleRun.Paths)), strategy);
        Assert.Equal(_run.Output.Strategies.SelectMany(s => s.Liquidations), liquidations);
        Assert.Equal(_run.Output.Strategies.SelectMany(s => s.MaxDrawdown), drawdown);

        await using var tokens = await ParquetReader.CreateAsync(Path.Combine(_dir, PathParquetWriter.TokenPaths));
        using var tokenGroup = tokens.OpenRowGroupReader(0);
        Assert.Equal(SampleRun.Paths, tokenGroup.RowCount);
    }

    [Fact]
    public void DefiLlama_records_have_the_pool_schema_fields_in_percent()
    {
        new DefiLlamaWriter().Write(_run, _dir);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, DefiLlamaWriter.FileName)));
        var pools = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, pools.Count);
        foreach (var pool in pools)
        {
            foreach (var field in new[] { "pool", "chain", "project", "symbol" })
                Assert.Equal(JsonValueKind.String, pool.GetProperty(field).ValueKind);
            foreach (var field in new[] { "tvlUsd", "apyBase", "apyReward", "apy" })
                Assert.Equal(JsonValueKind.Number, pool.GetProperty(field).ValueKind);
            Assert.Equal(pool.GetProperty("apy").GetDouble(),
                pool.GetProperty("apyBase").GetDouble() + pool.GetProperty("apyReward").GetDouble(), 10);
            Assert.Equal("Ethereum", pool.GetProperty("chain").GetString());
        }

        var loop = pools.Single(p => p.GetProperty("pool").GetString() == "sample-loop-weeth");
        var summary = _run.Strategies[1];
        Assert.Equal("WEETH", loop.GetProperty("symbol").GetString());
        Assert.Equal(summary.Yield.Apy * 100, loop.GetProperty("apy").GetDouble(), 10);
        Assert.Equal(1.0, loop.GetProperty("apyReward").GetDouble(), 5); // token incentives 0.01 a year in the sample
        Assert.Equal(summary.CapitalEth * SampleRun.EthUsd, loop.GetProperty("tvlUsd").GetDouble(), 6);
        Assert.Equal("loop 10x on aave-core", loop.GetProperty("poolMeta").GetString());
    }

    [Fact]
    public void Lp_symbol_joins_the_pool_tokens_when_the_scenario_is_known()
    {
        var scenarioFile = RepoPaths.Scenario("ethereum-2025.yaml");
        var pools = DefiLlamaYields.From(_run, Restake.Scenarios.Loading.ScenarioLoader.Load(scenarioFile));
        Assert.Equal("ETH-STETH", pools.Single(p => p.Pool == "sample-lp-steth").Symbol);
        Assert.Equal("STETH", pools.Single(p => p.Pool == "sample-hold-steth").Symbol);
    }

    [Fact]
    public void Writers_are_discovered_and_write_every_file_of_the_run_directory()
    {
        var writers = RunArtifacts.Discover();
        foreach (var type in new[] { typeof(HtmlReportWriter), typeof(PathCsvWriter), typeof(PathParquetWriter), typeof(DefiLlamaWriter) })
            Assert.Contains(writers, w => w.GetType() == type);
        var target = Path.Combine(_dir, "run");
        RunArtifacts.Write(_run, target, writers.Where(w => w.GetType().Assembly == typeof(HtmlReportWriter).Assembly).ToList());
        Assert.Equal(
            ["defillama-yields.json", "paths.csv", "paths.parquet", "report.html", "token-paths.csv", "token-paths.parquet"],
            Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(Directory.GetFiles(target), f => Assert.True(new FileInfo(f).Length > 100, f));
    }
}
