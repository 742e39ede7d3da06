using System.Security.Cryptography;
using System.Text;

namespace Restake.Server.Access;

/// <summary>Generation and hashing of API key secrets. Secrets carry 256 random bits, so a plain SHA-256 is a safe store hash.</summary>
public static class ApiKeySecret
{
    /// <summary>The fixed start of every secret, so leaked keys are easy to recognise.</summary>
    public const string Marker = "rk_";

    /// <summary>A new random secret.</summary>
    public static string Generate() => Marker + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored hash of a secret (hex SHA-256).</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The first characters of a secret, kept to tell keys apart in listings.</summary>
    public static string Prefix(string secret) => secret[..Math.Min(secret.Length, Marker.Length + 6)];

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
