using System.Data.Common;
using Restake.Server.Store;

namespace Restake.Server.Access;

/// <summary>Persists API keys by hash.</summary>
public sealed class ApiKeyStore(Database db)
{
    private const string Columns = "id, name, role, prefix, rate_per_second, created_at, revoked_at";

    /// <summary>Stores a key under its hash.</summary>
    public async Task<ApiKeyInfo> InsertAsync(string name, Role role, string secret, long ratePerSecond, CancellationToken ct = default)
    {
        var info = new ApiKeyInfo(Sql.NewId("key"), name, role, ApiKeySecret.Prefix(secret), ratePerSecond, DateTimeOffset.UtcNow, null);
        await db.ExecuteAsync(
            "INSERT INTO api_keys (id, name, role, key_hash, prefix, rate_per_second, created_at, revoked_at) VALUES (@id, @name, @role, @hash, @prefix, @rate, @now, NULL)",
            new { id = info.Id, name, role = role.Name(), hash = ApiKeySecret.Hash(secret), prefix = info.Prefix, rate = ratePerSecond, now = info.CreatedAt.ToUnixTimeMilliseconds() }, ct);
        return info;
    }

    /// <summary>The active key with this secret, or null.</summary>
    public Task<ApiKeyInfo?> FindActiveAsync(string secret, CancellationToken ct = default) =>
        db.QuerySingleAsync($"SELECT {Columns} FROM api_keys WHERE key_hash = @hash AND revoked_at IS NULL", Read, new { hash = ApiKeySecret.Hash(secret) }, ct);

    /// <summary>Every key, newest first.</summary>
    public Task<List<ApiKeyInfo>> ListAsync(CancellationToken ct = default) =>
        db.QueryAsync($"SELECT {Columns} FROM api_keys ORDER BY created_at DESC, id", Read, null, ct);

    /// <summary>Number of keys that can still be used.</summary>
    public async Task<long> CountActiveAsync(CancellationToken ct = default)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await Sql.ScalarLongAsync(c, null, "SELECT COUNT(*) FROM api_keys WHERE revoked_at IS NULL", null, ct);
    }

    /// <summary>Revokes a key; false when no active key has that id.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken ct = default) =>
        await db.ExecuteAsync("UPDATE api_keys SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL", new { id, now = Sql.Now() }, ct) > 0;

    private static ApiKeyInfo Read(DbDataReader r)
    {
        Roles.TryParse(r.Text("role"), out var role);
        var revoked = r.LongOrNull("revoked_at");
        return new(r.Text("id"), r.Text("name"), role, r.Text("prefix"), r.Long("rate_per_second"), Sql.Time(r.Long("created_at")),
            revoked is { } t ? Sql.Time(t) : null);
    }
}
