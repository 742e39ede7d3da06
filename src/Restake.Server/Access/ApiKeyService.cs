using System.Collections.Concurrent;
using Restake.Server.Problems;

namespace Restake.Server.Access;

/// <summary>
/// API key use cases: issue, list, revoke, and authenticate a presented secret. Lookups are cached for a few seconds
/// so that reads at high request rates do not each hit the store; a revocation clears the cache at once.
/// </summary>
public sealed class ApiKeyService(ApiKeyStore store)
{
    /// <summary>Requests per second a key gets when none is given.</summary>
    public const long DefaultRatePerSecond = 5000;

    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, (ApiKeyInfo? Key, long Expires)> cache = new(StringComparer.Ordinal);

    /// <summary>Creates a key; the secret in the result is the only copy.</summary>
    public async Task<IssuedApiKey> IssueAsync(string? name, string? role, long? ratePerSecond, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new InvalidFieldException("name", "is required");
        if (name.Length > 100) throw new InvalidFieldException("name", "is longer than 100 characters");
        if (!Roles.TryParse(role, out var parsed)) throw new InvalidFieldException("role", "must be viewer, analyst or admin");
        var rate = ratePerSecond ?? DefaultRatePerSecond;
        if (rate is < 1 or > 1_000_000) throw new InvalidFieldException("ratePerSecond", "must be between 1 and 1000000");
        var secret = ApiKeySecret.Generate();
        var info = await store.InsertAsync(name.Trim(), parsed, secret, rate, ct);
        return new(info, secret);
    }

    /// <summary>Every key (without secrets).</summary>
    public Task<List<ApiKeyInfo>> ListAsync(CancellationToken ct = default) => store.ListAsync(ct);

    /// <summary>Revokes a key.</summary>
    public async Task RevokeAsync(string id, CancellationToken ct = default)
    {
        if (!await store.RevokeAsync(id, ct)) throw new NotFoundException("api key", id);
        cache.Clear();
    }

    /// <summary>The active key for a presented secret, or null.</summary>
    public async ValueTask<ApiKeyInfo?> AuthenticateAsync(string secret, CancellationToken ct = default)
    {
        var now = Environment.TickCount64;
        if (cache.TryGetValue(secret, out var hit) && hit.Expires > now) return hit.Key;
        var key = await store.FindActiveAsync(secret, ct);
        if (cache.Count > 10_000) cache.Clear(); // unknown secrets must not grow the cache without bound
        cache[secret] = (key, now + (long)CacheLifetime.TotalMilliseconds);
        return key;
    }

    /// <summary>On a store with no active key, issues an admin key so a fresh server can be used at once; null otherwise.</summary>
    public async Task<IssuedApiKey?> BootstrapAdminAsync(CancellationToken ct = default) =>
        await store.CountActiveAsync(ct) > 0 ? null : await IssueAsync("bootstrap admin", "admin", null, ct);
}
