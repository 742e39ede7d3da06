using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer.State;

namespace Restake.Protocols.Tests.Restaking.EigenLayer.State;

public class JournaledUpdateTests
{
    [Fact]
    public void Updates_of_present_and_absent_keys_are_undone_by_a_revert()
    {
        var j = new Journal();
        var map = new JournaledMap<string, UInt256>(j);
        map.Set("a", 10);
        using (j.Begin())
        {
            Assert.Equal((UInt256)15, map.Increase("a", 5));
            Assert.Equal((UInt256)3, map.Increase("b", 3));
            Assert.Equal((UInt256)12, map.Decrease("a", 3));
        }

        Assert.Equal((UInt256)10, map["a"]);
        Assert.False(map.TryGet("b", out _));
        Assert.Equal(1, map.Count);
    }

    [Fact]
    public void A_throwing_update_writes_nothing_even_outside_a_transaction()
    {
        var j = new Journal();
        var map = new JournaledMap<string, UInt256>(j);
        map.Set("a", 2);
        Assert.Equal(Panic.Overflow, Assert.Throws<RevertException>(() => map.Decrease("a", 3)).Error);
        Assert.Equal(Panic.Overflow, Assert.Throws<RevertException>(() => map.Decrease("absent", 1)).Error);
        Assert.Equal((UInt256)2, map["a"]);
        Assert.False(map.TryGet("absent", out _));
        Assert.Equal(1, map.Count);
    }

    [Fact]
    public void Committed_updates_stay_and_increase_is_checked()
    {
        var j = new Journal();
        var map = new JournaledMap<int, UInt256>(j);
        using (var tx = j.Begin())
        {
            map.Increase(1, UInt256.MaxValue);
            tx.Commit();
        }

        Assert.Equal(UInt256.MaxValue, map[1]);
        Assert.Equal(Panic.Overflow, Assert.Throws<RevertException>(() => map.Increase(1, 1)).Error);
        Assert.Equal(UInt256.MaxValue, map[1]);
    }
}
