using Restake.Server.Problems;
using Restake.Server.Scenarios;
using Restake.Server.Store;
using Restake.Server.Tests.Support;

namespace Restake.Server.Tests.Store;

public class ScenarioStoreTests
{
    private static async Task<(Database Db, ScenarioService Service)> Open(string kind)
    {
        var db = await Database.OpenAsync(TestStores.Fresh(kind));
        return (db, new ScenarioService(new ScenarioStore(db), new ScenarioLoaderValidator()));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Updates_append_versions_and_every_version_stays_readable(string kind)
    {
        var (db, s) = await Open(kind);
        await using var _ = db;
        var created = await s.CreateAsync(null, TestScenarios.World("base", 1), "k1");
        Assert.Equal("base", created.Info.Name);
        var v2 = await s.UpdateAsync(created.Info.Id, null, TestScenarios.World("base", 2), 1, "k2");
        var v3 = await s.UpdateAsync(created.Info.Id, "renamed", TestScenarios.World("base", 3), null, "k2");
        Assert.Equal([2L, 3L], new[] { v2.Version.Version, v3.Version.Version });
        Assert.Equal(TestScenarios.World("base", 1), (await s.GetAsync(created.Info.Id, 1)).Version.Yaml);
        Assert.Equal("renamed", (await s.GetAsync(created.Info.Id)).Info.Name);
        Assert.Equal([3L, 2L, 1L], (await s.VersionsAsync(created.Info.Id)).Select(v => v.Version));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Stale_expected_version_is_a_conflict_and_stores_nothing(string kind)
    {
        var (db, s) = await Open(kind);
        await using var _ = db;
        var doc = await s.CreateAsync("a", TestScenarios.World("w", 1), "k");
        await s.UpdateAsync(doc.Info.Id, null, TestScenarios.World("w", 2), 1, "k");
        var e = await Assert.ThrowsAsync<ConflictException>(() => s.UpdateAsync(doc.Info.Id, null, TestScenarios.World("w", 3), 1, "k"));
        Assert.Equal("expectedVersion", e.Field);
        Assert.Equal(2, (await s.GetAsync(doc.Info.Id)).Info.LatestVersion);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Concurrent_updates_from_one_base_version_let_exactly_one_win(string kind)
    {
        var (db, s) = await Open(kind);
        await using var _ = db;
        var doc = await s.CreateAsync("a", TestScenarios.World("w", 0), "k");
        var attempts = Enumerable.Range(1, 8).Select(async i =>
        {
            try
            {
                await s.UpdateAsync(doc.Info.Id, null, TestScenarios.World("w", i), 1, "k");
                return true;
            }
            catch (ConflictException)
            {
                return false;
            }
            catch (Exception e) when (e.Message.Contains("locked", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("could not serialize", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        });
        var wins = (await Task.WhenAll(attempts)).Count(w => w);
        Assert.Equal(1, wins);
        Assert.Equal(2, (await s.VersionsAsync(doc.Info.Id)).Count);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Delete_removes_the_scenario_and_its_versions(string kind)
    {
        var (db, s) = await Open(kind);
        await using var _ = db;
        var keep = await s.CreateAsync("keep", TestScenarios.World("w", 1), "k");
        var gone = await s.CreateAsync("gone", TestScenarios.World("w", 1), "k");
        await s.DeleteAsync(gone.Info.Id);
        await Assert.ThrowsAsync<NotFoundException>(() => s.GetAsync(gone.Info.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => s.DeleteAsync(gone.Info.Id));
        Assert.Equal([keep.Info.Id], (await s.ListAsync()).Select(i => i.Id));
        Assert.Empty(await db.QueryAsync("SELECT version FROM scenario_versions WHERE scenario_id = @id", r => r.Long("version"), new { id = gone.Info.Id }));
    }

    [Theory]
    [InlineData("a: [1, 2\n", 2)]
    [InlineData("a: 1\n  b: 2\n", 2)]
    [InlineData("- 1\n- 2\n", 1)]
    public void Invalid_yaml_is_reported_with_its_line(string yaml, int line)
    {
        var v = new ScenarioLoaderValidator().Validate(yaml);
        Assert.False(v.Valid);
        Assert.Equal(line, v.Messages[0].Line);
    }

    [Fact]
    public void A_bad_field_is_reported_with_its_line_column_and_path()
    {
        var yaml = TestScenarios.World().Replace("slashFraction: 0.5", "slashFraction: 5", StringComparison.Ordinal);
        var lines = yaml.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("slashFraction: 5", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf('5', StringComparison.Ordinal) + 1;
        var v = new ScenarioLoaderValidator().Validate(yaml);
        Assert.False(v.Valid);
        var m = Assert.Single(v.Messages);
        Assert.Equal(line, m.Line);
        Assert.Equal(column, m.Column);
        Assert.Equal("avss[0].slashFraction", m.Field);
        Assert.DoesNotContain("scenario.yaml", m.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_scenario_is_valid_and_named()
    {
        var v = new ScenarioLoaderValidator().Validate(TestScenarios.World("mainnet"));
        Assert.True(v.Valid, string.Join("; ", v.Messages));
        Assert.Equal("mainnet", v.Name);
    }
}
