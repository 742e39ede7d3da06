using Restake.Server.Store;

namespace Restake.Server.Tests.Support;

/// <summary>Fresh, empty stores of either kind for store-level and API-level tests.</summary>
public static class TestStores
{
    /// <summary>Both store kinds, as theory data.</summary>
    public static TheoryData<string> Kinds => new() { "sqlite", "postgres" };

    /// <summary>A new empty store location of the given kind.</summary>
    public static DatabaseLocation Fresh(string kind) => kind switch
    {
        "sqlite" => new DatabaseLocation(StoreKind.Sqlite, Path.Combine(Directory.CreateTempSubdirectory("restake-sqlite-").FullName, "restake.db")),
        "postgres" => new DatabaseLocation(StoreKind.Postgres, PostgresCluster.Instance.CreateDatabase()),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
