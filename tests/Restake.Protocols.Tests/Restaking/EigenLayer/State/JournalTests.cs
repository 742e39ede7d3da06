using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer.State;

namespace Restake.Protocols.Tests.Restaking.EigenLayer.State;

public class JournalTests
{
    [Fact]
    public void A_disposed_transaction_without_commit_undoes_every_write_newest_first()
    {
        var j = new Journal();
        var map = new JournaledMap<string, int>(j);
        var cell = new JournaledCell<int>(j, 7);
        map.Set("kept", 1);
        using (var tx = j.Begin())
        {
            map.Set("a", 1);
            map.Set("a", 2);
            map.Remove("kept");
            cell.Set(8);
            cell.Set(9);
        }

        Assert.Equal(1, map["kept"]);
        Assert.False(map.TryGet("a", out _));
        Assert.Equal(7, cell.Value);
    }

    [Fact]
    public void Nested_transactions_commit_with_the_outer_one_and_an_inner_revert_is_local()
    {
        var j = new Journal();
        var map = new JournaledMap<string, int>(j);
        using (var outer = j.Begin())
        {
            map.Set("outer", 1);
            using (var inner = j.Begin())
            {
                map.Set("inner", 1);
                inner.Commit();
            }

            using (j.Begin()) map.Set("reverted", 1);
            outer.Commit();
        }

        Assert.Equal(1, map["outer"]);
        Assert.Equal(1, map["inner"]);
        Assert.False(map.TryGet("reverted", out _));
        using (j.Begin()) map.Set("outer", 5);
        Assert.Equal(1, map["outer"]);
    }

    [Fact]
    public void Checkpoints_overwrite_in_the_same_block_look_up_by_block_and_refuse_going_back()
    {
        var j = new Journal();
        var h = new Snapshots(j, 1000);
        Assert.Equal((UInt256)1000, h.Latest());
        h.Push(10, 900);
        h.Push(10, 800);
        h.Push(15, 700);
        Assert.Equal(2, h.Length);
        Assert.Equal((UInt256)1000, h.UpperLookup(9));
        Assert.Equal((UInt256)800, h.UpperLookup(10));
        Assert.Equal((UInt256)800, h.UpperLookup(14));
        Assert.Equal((UInt256)700, h.UpperLookup(15));
        Assert.Equal("InvalidSnapshotOrdering", Assert.Throws<RevertException>(() => h.Push(14, 1)).Error);
        using (j.Begin())
        {
            h.Push(15, 600);
            h.Push(20, 500);
        }

        Assert.Equal((UInt256)700, h.Latest());
        Assert.Equal(2, h.Length);
    }
}

public class JournaledSetTests
{
    [Fact]
    public void Removal_is_swap_and_pop_and_a_revert_restores_the_exact_order()
    {
        var j = new Journal();
        var set = new JournaledSet<int>(j);
        foreach (var i in new[] { 1, 2, 3, 4 }) set.Add(i);
        Assert.False(set.Add(3));
        using (j.Begin())
        {
            Assert.True(set.Remove(2));
            Assert.Equal([1, 4, 3], set.Items);
            Assert.True(set.Remove(3));
            set.Add(9);
            Assert.False(set.Remove(7));
            Assert.Equal([1, 4, 9], set.Items);
        }

        Assert.Equal([1, 2, 3, 4], set.Items);
        Assert.True(set.Contains(2));
        set.Remove(1);
        Assert.Equal([4, 2, 3], set.Items);
        Assert.False(set.Contains(1));
    }

    [Fact]
    public void A_list_reverts_appends_and_replacements()
    {
        var j = new Journal();
        var list = new JournaledList<string>(j);
        list.Add("a");
        using (j.Begin())
        {
            list.Add("b");
            list.Replace(0, "z");
        }

        Assert.Equal(["a"], list.Items);
    }
}
