using System.Globalization;
using System.Text.Json.Nodes;
using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;
using Restake.Protocols.Restaking.EigenLayer.StateSnapshots;

namespace Restake.Sandbox.EigenLayer;

/// <summary>
/// Writes engine values in the vector format: names for addresses (null for zero), decimal strings for uint256,
/// uint64 and int128 values, JSON numbers for blocks, ids, delays and counts.
/// </summary>
public static class ElJson
{
    /// <summary>An address as its name, or null.</summary>
    public static JsonNode? Name(Address a) => a.IsZero ? null : JsonValue.Create(a.Name);

    /// <summary>A decimal string.</summary>
    public static JsonNode Dec(UInt256 v) => JsonValue.Create(v.ToString())!;

    private static JsonNode Dec(ulong v) => JsonValue.Create(v.ToString(CultureInfo.InvariantCulture))!;

    private static JsonArray Decs(IEnumerable<UInt256> values) => new(values.Select(v => (JsonNode?)Dec(v)).ToArray());

    private static JsonArray Names(IEnumerable<Address> values) => new(values.Select(Name).ToArray());

    /// <summary>A withdrawal struct.</summary>
    public static JsonObject Withdrawal(Withdrawal w) => new()
    {
        ["staker"] = Name(w.Staker),
        ["delegatedTo"] = Name(w.DelegatedTo),
        ["withdrawer"] = Name(w.Withdrawer),
        ["nonce"] = Dec(w.Nonce),
        ["startBlock"] = w.StartBlock,
        ["strategies"] = Names(w.Strategies),
        ["scaledShares"] = Decs(w.ScaledShares),
    };

    /// <summary>The <c>queued</c> return value.</summary>
    public static JsonObject Queued(IEnumerable<QueuedWithdrawal> queued) => new()
    {
        ["queued"] = new JsonArray(queued.Select(q => (JsonNode?)new JsonObject
        {
            ["withdrawal"] = Withdrawal(q.Withdrawal),
            ["sharesToWithdraw"] = Decs(q.SharesToWithdraw),
        }).ToArray()),
    };

    /// <summary>The <c>slashOperator</c> return value.</summary>
    public static JsonObject Slash(SlashResult r) => new() { ["slashId"] = Dec(r.SlashId), ["shares"] = Decs(r.Shares) };

    /// <summary>The <c>clearBurnOrRedistributableShares</c> return value.</summary>
    public static JsonObject Amounts(IEnumerable<UInt256> amounts) => new() { ["amounts"] = Decs(amounts) };

    /// <summary>A state snapshot in the vector's <c>state</c> format (untouched staker strategies omitted).</summary>
    public static JsonObject State(CoreSnapshot s)
    {
        var stakers = new JsonObject();
        foreach (var st in s.Stakers)
        {
            var strategies = new JsonObject();
            foreach (var x in st.Strategies.Where(x => !x.IsDefault))
                strategies[x.Strategy.Name] = new JsonObject
                {
                    ["depositShares"] = Dec(x.DepositShares),
                    ["withdrawableShares"] = Dec(x.WithdrawableShares),
                    ["depositScalingFactor"] = Dec(x.DepositScalingFactor),
                };
            var balances = new JsonObject();
            foreach (var t in st.TokenBalances) balances[t.Token.Name] = Dec(t.Amount);
            var queued = new JsonArray(st.QueuedWithdrawals.Select(q =>
            {
                var w = Withdrawal(q.Withdrawal);
                w["withdrawableShares"] = Decs(q.WithdrawableShares);
                return (JsonNode?)w;
            }).ToArray());
            stakers[st.Account.Name] = new JsonObject
            {
                ["delegatedTo"] = Name(st.DelegatedTo),
                ["isOperator"] = st.IsOperator,
                ["cumulativeWithdrawalsQueued"] = Dec(st.CumulativeWithdrawalsQueued),
                ["queuedWithdrawalRootsCount"] = st.QueuedWithdrawalRootsCount,
                ["strategies"] = strategies,
                ["tokenBalances"] = balances,
                ["queuedWithdrawals"] = queued,
            };
        }

        var operators = new JsonObject();
        foreach (var o in s.Operators)
        {
            var strategies = new JsonObject();
            foreach (var x in o.Strategies)
                strategies[x.Strategy.Name] = new JsonObject
                {
                    ["operatorShares"] = Dec(x.OperatorShares),
                    ["maxMagnitude"] = Dec(x.MaxMagnitude),
                    ["encumberedMagnitude"] = Dec(x.EncumberedMagnitude),
                    ["allocatableMagnitude"] = Dec(x.AllocatableMagnitude),
                    ["slashableSharesInQueue"] = Dec(x.SlashableSharesInQueue),
                };
            operators[o.Operator.Name] = new JsonObject
            {
                ["isOperator"] = o.IsOperator,
                ["allocationDelay"] = new JsonObject { ["isSet"] = o.AllocationDelayIsSet, ["delay"] = o.AllocationDelay },
                ["strategies"] = strategies,
            };
        }

        var sets = new JsonObject();
        foreach (var set in s.OperatorSets)
        {
            var ops = new JsonObject();
            foreach (var m in set.Operators)
            {
                var allocations = new JsonObject();
                foreach (var a in m.Allocations)
                    allocations[a.Strategy.Name] = new JsonObject
                    {
                        ["currentMagnitude"] = Dec(a.CurrentMagnitude),
                        ["pendingDiff"] = a.PendingDiff.ToString(CultureInfo.InvariantCulture),
                        ["effectBlock"] = a.EffectBlock,
                        ["allocatedStake"] = Dec(a.AllocatedStake),
                        ["minimumSlashableStake"] = Dec(a.MinimumSlashableStake),
                    };
                ops[m.Operator.Name] = new JsonObject { ["registered"] = m.Registered, ["slashable"] = m.Slashable, ["allocations"] = allocations };
            }

            sets[set.OperatorSet.ToString()] = new JsonObject
            {
                ["exists"] = true,
                ["memberCount"] = set.MemberCount,
                ["slashCount"] = Dec(set.SlashCount),
                ["strategies"] = Names(set.Strategies),
                ["operators"] = ops,
            };
        }

        var strategiesNode = new JsonObject();
        foreach (var x in s.Strategies)
            strategiesNode[x.Strategy.Name] = new JsonObject { ["totalShares"] = Dec(x.TotalShares), ["underlyingBalance"] = Dec(x.UnderlyingBalance) };
        var burn = new JsonObject();
        foreach (var t in s.BurnAddress) burn[t.Token.Name] = Dec(t.Amount);
        var pending = new JsonArray(s.PendingSlashedShares.Select(p => (JsonNode?)new JsonObject
        {
            ["operatorSet"] = p.OperatorSet.ToString(),
            ["slashId"] = Dec(p.SlashId),
            ["strategy"] = Name(p.Strategy),
            ["shares"] = Dec(p.Shares),
        }).ToArray());

        return new JsonObject
        {
            ["stakers"] = stakers,
            ["operators"] = operators,
            ["operatorSets"] = sets,
            ["strategies"] = strategiesNode,
            ["burnAddress"] = burn,
            ["pendingSlashedShares"] = pending,
        };
    }
}
