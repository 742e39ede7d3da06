using Restake.Server.Store;

namespace Restake.Server.Tests.Support;

/// <summary>Fresh, empty stores of either kind for store-level and API-level tests.</summary>
public static class TestStores
{
    /// <summary>Both store kinds, as theory data.</summary>
    public static TheoryData<string> Kinds => new() { "sqlite", "postgres" };

    private static readonly System.Collections.Concurrent.ConcurrentBag<string> Created = Track();

    /// <summary>A new temporary folder, removed when the test process exits.</summary>
    public static string TempFolder(string prefix)
    {
        var dir = Directory.CreateTempSubdirectory(prefix).FullName;
        Created.Add(dir);
        return dir;
    }

    private static System.Collections.Concurrent.ConcurrentBag<string> Track()
    {
        var bag = new System.Collections.Concurrent.ConcurrentBag<string>();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var dir in bag)
            {
                try
                {
                    Directory.Delete(dir, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        };
        return bag;
    }

    /// <summary>A new empty store location of the given kind.</summary>
    public static DatabaseLocation Fresh(string kind) => kind switch
    {
        "sqlite" => new DatabaseLocation(StoreKind.Sqlite, Path.Combine(TempFolder("restake-sqlite-"), "restake.db")),
        "postgres" => new DatabaseLocation(StoreKind.Postgres, PostgresCluster.Instance.CreateDatabase()),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Deletes a temporary SQLite store's folder (PostgreSQL databases go with the cluster).</summary>
    public static void Remove(DatabaseLocation location)
    {
        if (location.Kind != StoreKind.Sqlite) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var dir = Path.GetDirectoryName(location.Target)!;
        if (Path.GetFileName(dir).StartsWith("restake-sqlite-", StringComparison.Ordinal))
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
