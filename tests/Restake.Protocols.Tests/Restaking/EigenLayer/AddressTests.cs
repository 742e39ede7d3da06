using CsCheck;
using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;

namespace Restake.Protocols.Tests.Restaking.EigenLayer;

public class AddressTests
{
    [Fact]
    public void Equality_and_hash_follow_the_value_not_the_name()
    {
        var a = Address.Named("alice", 0x1234);
        var b = new Address(0x1234, "other name");
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("alice", a.Name);
        Assert.Equal("other name", b.Name);
        Assert.NotEqual(a, Address.Named("alice", 0x1235));
    }

    [Fact]
    public void Zero_default_and_a_zero_value_are_the_same_address()
    {
        var zero = new Address(UInt256.Zero, "nobody");
        Assert.True(zero.IsZero);
        Assert.Equal(default, zero);
        Assert.Equal(Address.Zero, zero);
        Assert.Equal(UInt256.Zero, default(Address).Value);
        Assert.Equal("null", default(Address).Name);
        Assert.False(Address.Named("x", 1).IsZero);
    }

    [Fact]
    public void Unnamed_addresses_print_as_40_hex_digits() =>
        Assert.Equal("0x00000000000000000000000000000000000e16e4", Address.FromHex("0x00000000000000000000000000000000000E16E4").Name);

    [Fact]
    public void Order_equality_and_hash_agree_with_the_numeric_value() =>
        Gen.Select(Gen.ULong[0, 50], Gen.ULong[0, 50]).Sample((x, y) =>
        {
            var a = new Address(x);
            var b = new Address(y, "b");
            Assert.Equal(x.CompareTo(y), Math.Sign(a.CompareTo(b)));
            Assert.Equal(x == y, a == b);
            Assert.Equal(x == y, a.Equals((object)b));
            Assert.Equal(x < y, a < b);
            Assert.Equal(x > y, a > b);
            if (x == y) Assert.Equal(a.GetHashCode(), b.GetHashCode());
            Assert.Equal((UInt256)x, a.Value);
        });

    [Fact]
    public void Interning_is_safe_across_threads()
    {
        var ids = new Address[8][];
        Parallel.For(0, 8, t => ids[t] = Enumerable.Range(0, 2_000).Select(i => new Address(0xABC000UL + (ulong)i)).ToArray());
        for (var t = 1; t < 8; t++)
        for (var i = 0; i < 2_000; i++)
            Assert.Equal(ids[0][i].GetHashCode(), ids[t][i].GetHashCode());
    }
}
