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
        // Counter = (block, process, path low, path high), key = (seed low, seed high).
        var stream = new RandomStream(seed: 0x299f31d0_a4093822UL, path: 0x03707344_13198a2eUL, process: 0x85a308d3u);
        var first = Philox4x32.Block(0, 0x85a308d3u, 0x13198a2eu, 0x03707344u, 0xa4093822u, 0x299f31d0u);
        var second = Philox4x32.Block(1, 0x85a308d3u, 0x13198a2eu, 0x03707344u, 0xa4093822u, 0x299f31d0u);
        var words = Enumerable.Range(0, 8).Select(_ => stream.NextUInt32()).ToArray();
        Assert.Equal(new[] { first.X0, first.X1, first.X2, first.X3, second.X0, second.X1, second.X2, second.X3 }, words);
    }
}
