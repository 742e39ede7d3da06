using Restake.Server.Store;
using Restake.Server.Tests.Support;

namespace Restake.Server.Tests.Store;

public class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Fresh_store_gets_every_migration_once_and_reopening_changes_nothing(string kind)
    {
        var location = TestStores.Fresh(kind);
        await using (var db = await Database.OpenAsync(location))
            Assert.Equal(Migrations.All.Select(m => (long)m.Version), await Migrations.AppliedAsync(db));
        await using (var again = await Database.OpenAsync(location))
            Assert.Equal(Migrations.All.Select(m => (long)m.Version), await Migrations.AppliedAsync(again));
    }

    [Fact]
    public async Task Sqlite_store_uses_the_write_ahead_log()
    {
        await using var db = await Database.OpenAsync(TestStores.Fresh("sqlite"));
        Assert.Equal("wal", await Migrations.JournalModeAsync(db));
        Assert.True(File.Exists(db.Location.Target + "-wal") || File.Exists(db.Location.Target));
    }

    [Fact]
    public async Task Store_written_by_an_older_schema_is_migrated_forward_keeping_its_rows()
    {
        var location = TestStores.Fresh("sqlite");
        await using (var db = await Database.OpenAsync(location))
        {
            await db.ExecuteAsync("INSERT INTO scenarios (id, name, latest_version, created_at, updated_at, created_by) VALUES ('s1', 'kept', 1, 0, 0, 'k')");
            // Pretend the last migration never ran: drop what it created and its record.
            await db.ExecuteAsync("DROP TABLE analyses");
            await db.ExecuteAsync("DELETE FROM schema_migrations WHERE version = @v", new { v = (long)Migrations.All[^1].Version });
        }

        await using var reopened = await Database.OpenAsync(location);
        Assert.Equal(Migrations.All.Count, (await Migrations.AppliedAsync(reopened)).Count);
        Assert.Equal(0, (await reopened.QueryAsync("SELECT COUNT(*) AS n FROM analyses", r => r.Long("n")))[0]);
        Assert.Equal("kept", await reopened.QuerySingleAsync("SELECT name FROM scenarios WHERE id = 's1'", r => r.Text("name")));
    }

    [Theory]
    [InlineData("sqlite:/tmp/x.db", StoreKind.Sqlite)]
    [InlineData("postgres:Host=127.0.0.1;Database=r", StoreKind.Postgres)]
    public void Database_option_parses_both_kinds(string text, StoreKind kind) => Assert.Equal(kind, DatabaseLocation.Parse(text).Kind);

    [Theory]
    [InlineData("mysql:foo")]
    [InlineData("sqlite:")]
    [InlineData("nothing")]
    public void Bad_database_option_names_the_option(string text) =>
        Assert.StartsWith("--db:", Assert.Throws<InputException>(() => DatabaseLocation.Parse(text)).Message);

    [Fact]
    public void Postgres_description_hides_the_password() =>
        Assert.DoesNotContain("sekret", DatabaseLocation.Parse("postgres:Host=h;Password=sekret;Database=d").Describe());
}
