using System.Runtime.CompilerServices;

namespace Restake.Numerics.Random;

/// <summary>
/// A deterministic stream of random numbers keyed by (seed, path, process), read from Philox4x32-10 blocks whose
/// counter is (block index, process, path low, path high) and whose key is the seed. The n-th number of a stream is a
/// pure function of its key and n, so results never depend on which thread draws them or in what order paths run.
/// Not thread-safe: each path/process owns its stream.
/// </summary>
public sealed partial class RandomStream
{
    private const double TwoPow53Inv = 1.0 / (1UL << 53);
    private const double TwoPow52Inv = 1.0 / (1UL << 52);

    private uint _k0, _k1, _process, _pathLo, _pathHi;
    private const int BufferWords = 16; // four Philox blocks, generated together

    private ulong _block; // counter of the next block to generate; 2^32 means the stream is spent
    private WordBuffer _buffer; // word w of the buffered blocks is bits 32·(w mod 2) of _buffer[w / 2]
    private int _used; // words of the buffer already handed out
    private double _spareNormal;
    private bool _hasSpareNormal;

    /// <summary>Opens the stream named by <paramref name="key"/>, positioned at its first number.</summary>
    public RandomStream(StreamKey key) => Reset(key);

    /// <summary>Opens the stream for (seed, path, process).</summary>
    public RandomStream(ulong seed, ulong path, uint process) : this(new StreamKey(seed, path, process))
    {
    }

    /// <summary>The key this stream was opened with.</summary>
    public StreamKey Key => new(((ulong)_k1 << 32) | _k0, ((ulong)_pathHi << 32) | _pathLo, _process);

    /// <summary>Re-opens this instance on another key (lets a worker reuse one object across many paths).</summary>
    public void Reset(StreamKey key)
    {
        _k0 = (uint)key.Seed;
        _k1 = (uint)(key.Seed >> 32);
        _process = key.Process;
        _pathLo = (uint)key.Path;
        _pathHi = (uint)(key.Path >> 32);
        _block = 0;
        _used = BufferWords;
        _hasSpareNormal = false;
    }

    /// <summary>Next 32 uniformly distributed bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint NextUInt32()
    {
        if (_used == BufferWords) Refill();
        var word = (uint)(_buffer[_used >> 1] >> ((_used & 1) * 32));
        _used++;
        return word;
    }

    /// <summary>Next 64 uniformly distributed bits (two consecutive words, low word first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        if ((_used & 1) != 0)
        {
            ulong lo = NextUInt32();
            return lo | ((ulong)NextUInt32() << 32);
        }

        if (_used == BufferWords) Refill();
        var value = _buffer[_used >> 1];
        _used += 2;
        return value;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * TwoPow53Inv;

    /// <summary>A uniform double in the open interval (0, 1) — safe to take the logarithm of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextOpenDouble() => ((NextUInt64() >> 12) + 0.5) * TwoPow52Inv;

    // Hot from the first path: compiled optimised at once rather than after tiering's warm-up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Refill()
    {
        // 2^32 blocks of 16 bytes per stream; wrapping would silently repeat numbers, so refuse instead.
        if (_block > uint.MaxValue) throw new InvalidOperationException("Random stream exhausted (2^34 words drawn).");
        Philox4x32.Blocks4((uint)_block, _process, _pathLo, _pathHi, _k0, _k1, _buffer);
        _block += 4;
        _used = 0;
    }

    [InlineArray(BufferWords / 2)]
    private struct WordBuffer
    {
        private ulong _element;
    }
}
