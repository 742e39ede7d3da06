namespace Restake.Server.Access;

/// <summary>A stored API key as the server knows it: never the secret itself, only its hash and first characters.</summary>
public sealed record ApiKeyInfo(string Id, string Name, Role Role, string Prefix, long RatePerSecond, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>A freshly created key: the secret is shown this once and cannot be recovered later.</summary>
public sealed record IssuedApiKey(ApiKeyInfo Info, string Secret);
