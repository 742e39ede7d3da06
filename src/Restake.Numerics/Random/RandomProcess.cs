namespace Restake.Numerics.Random;

/// <summary>Stable process identifiers for <see cref="StreamKey.Process"/>, derived from names so they survive reordering.</summary>
public static class RandomProcess
{
    /// <summary>
    /// The 32-bit FNV-1a hash of the name's UTF-16 code units: a fixed function, so a process keeps its stream when
    /// other processes are added or removed.
    /// </summary>
    public static uint FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hash = 2166136261u;
        foreach (var ch in name)
        {
            hash ^= ch;
            hash *= 16777619u;
        }

        return hash;
    }
}
