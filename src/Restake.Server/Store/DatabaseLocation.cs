namespace Restake.Server.Store;

/// <summary>Which store backs the server: an embedded SQLite file or a PostgreSQL database.</summary>
public sealed record DatabaseLocation(StoreKind Kind, string Target)
{
    /// <summary>The default: a SQLite file in the user's data directory (<c>RESTAKE_DATA_DIR</c> overrides it).</summary>
    public static DatabaseLocation Default() => new(StoreKind.Sqlite, Path.Combine(DefaultDataDirectory(), "restake.db"));

    /// <summary>The user's data directory for Restake (created on demand by the store).</summary>
    public static string DefaultDataDirectory()
    {
        var over = Environment.GetEnvironmentVariable("RESTAKE_DATA_DIR");
        if (!string.IsNullOrWhiteSpace(over)) return over;
        var baseDir = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(baseDir)) baseDir = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(baseDir, "restake");
    }

    /// <summary>Parses <c>sqlite:PATH</c> or <c>postgres:CONNECTION</c>; throws <see cref="InputException"/> naming the option.</summary>
    public static DatabaseLocation Parse(string text)
    {
        var colon = text.IndexOf(':');
        if (colon > 0)
        {
            var scheme = text[..colon].ToLowerInvariant();
            var rest = text[(colon + 1)..];
            if (rest.Length > 0 && scheme == "sqlite") return new(StoreKind.Sqlite, Path.GetFullPath(rest));
            if (rest.Length > 0 && scheme is "postgres" or "postgresql") return new(StoreKind.Postgres, rest);
        }

        throw InputException.At(null, null, "--db", $"expected sqlite:PATH or postgres:CONNECTION, got '{text}'");
    }

    /// <summary>A description safe to print: the file for SQLite, the host and database for PostgreSQL (no password).</summary>
    public string Describe() => Kind == StoreKind.Sqlite
        ? $"sqlite:{Target}"
        : "postgres:" + string.Join(';', Target.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.TrimStart().StartsWith("password", StringComparison.OrdinalIgnoreCase)));
}

/// <summary>The two supported store engines.</summary>
public enum StoreKind
{
    /// <summary>Embedded SQLite file (WAL journal).</summary>
    Sqlite,

    /// <summary>PostgreSQL server.</summary>
    Postgres,
}
