using CsCheck;
using Restake.Numerics.Random;

namespace Restake.Numerics.Tests.Random;

public class Philox4x32Tests
{
    // Random123 tests/kat_vectors, the three "philox4x32 10" lines: counter[4] key[2] -> result[4].
    [Theory]
    [InlineData(0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u,
        0x6627e8d5u, 0xe169c58du, 0xbc57ac4cu, 0x9b00dbd8u)]
    [InlineData(0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu,
        0x408f276du, 0x41c83b0eu, 0xa20bc7c6u, 0x6d5451fdu)]
    [InlineData(0x243f6a88u, 0x85a308d3u, 0x13198a2eu, 0x03707344u, 0xa4093822u, 0x299f31d0u,
        0xd16cfe09u, 0x94fdccebu, 0x5001e420u, 0x24126ea1u)]
    public void Block_matches_the_published_known_answers(
        uint c0, uint c1, uint c2, uint c3, uint k0, uint k1, uint x0, uint x1, uint x2, uint x3) =>
        Assert.Equal((x0, x1, x2, x3), Philox4x32.Block(c0, c1, c2, c3, k0, k1));

    [Fact]
    public void Stream_words_are_the_blocks_of_its_counter_layout()
    {
        // Counter = (block, process, path low, path high), key = (seed low, seed high); 40 words cross buffer refills.
        var stream = new RandomStream(seed: 0x299f31d0_a4093822UL, path: 0x03707344_13198a2eUL, process: 0x85a308d3u);
        var expected = Enumerable.Range(0, 10).SelectMany(b =>
        {
            var x = Philox4x32.Block((uint)b, 0x85a308d3u, 0x13198a2eu, 0x03707344u, 0xa4093822u, 0x299f31d0u);
            return new[] { x.X0, x.X1, x.X2, x.X3 };
        });
        var words = Enumerable.Range(0, 40).Select(_ => stream.NextUInt32()).ToArray();
        Assert.Equal(expected, words);
    }

    [Fact]
    public void Four_block_batches_equal_four_single_blocks() =>
        Gen.Select(Gen.UInt[0, uint.MaxValue - 3], Gen.UInt, Gen.UInt, Gen.UInt, Gen.UInt, Gen.UInt)
            .Sample((block, c1, c2, c3, k0, k1) =>
            {
                Span<ulong> batch = stackalloc ulong[8];
                Philox4x32.Blocks4(block, c1, c2, c3, k0, k1, batch);
                for (var i = 0u; i < 4; i++)
                {
                    var x = Philox4x32.Block(block + i, c1, c2, c3, k0, k1);
                    if (batch[(int)(2 * i)] != (x.X0 | ((ulong)x.X1 << 32)) ||
                        batch[(int)(2 * i + 1)] != (x.X2 | ((ulong)x.X3 << 32))) return false;
                }

                return true;
            });

    [Fact]
    public void Mixed_word_sizes_read_the_same_word_sequence()
    {
        var words = new RandomStream(3, 4, 5);
        var mixed = new RandomStream(3, 4, 5);
        for (var i = 0; i < 50; i++)
        {
            if (i % 3 == 0)
            {
                Assert.Equal(words.NextUInt32(), mixed.NextUInt32());
                continue;
            }

            ulong lo = words.NextUInt32();
            Assert.Equal(lo | ((ulong)words.NextUInt32() << 32), mixed.NextUInt64());
        }
    }
}
