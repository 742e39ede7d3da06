using System.Text.Json.Nodes;
using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer;
using Restake.Protocols.Stack;

namespace Restake.Sandbox.Stack;

/// <summary>Who may call an operation.</summary>
internal enum CallerRule
{
    /// <summary>No caller (clock steps).</summary>
    None,

    /// <summary>A holder of the world.</summary>
    Holder,

    /// <summary>An AVS or operator of the core.</summary>
    CoreAccount,

    /// <summary>Anyone or nobody (keeper calls); the caller is shown only.</summary>
    Anyone,
}

/// <summary>What an operation parser sees: the step's reader, target, caller and the world's names.</summary>
internal sealed record OpContext(StackArgs Args, string Target, string Caller, StackNames Names);

/// <summary>One scriptable operation: the engine kind it addresses, its caller rule and its argument parser.</summary>
internal sealed record StackOperation(StackEngineKind Kind, CallerRule Caller, Func<OpContext, Func<RestakeStack, JsonObject>> Parse);

/// <summary>
/// Every operation of stack scripts, named after the contract function it calls: the EigenLayer core's
/// AllocationManager/StrategyManager, Renzo's RestakeManager/DepositQueue/WithdrawQueue, the Curve NG pool, the Aave
/// pool (and its price feed's <c>updateAnswer</c>), plus the clock steps <c>advanceBlocks</c> and <c>advanceTime</c>.
/// </summary>
internal static class StackOperations
{
    public static readonly IReadOnlyDictionary<string, StackOperation> All = new Dictionary<string, StackOperation>(StringComparer.Ordinal)
    {
        ["advanceBlocks"] = new(StackEngineKind.Stack, CallerRule.None, c =>
        {
            var n = (long)c.Args.Integer("n", 0, 100_000_000);
            return s => Done(() => s.AdvanceBlocks(n));
        }),
        ["advanceTime"] = new(StackEngineKind.Stack, CallerRule.None, c =>
        {
            var seconds = c.Args.Integer("seconds", 0, 1_200_000_000);
            return s => Done(() => s.AdvanceBlocks((long)((seconds + 11) / 12)));
        }),

        // ---- EigenLayer core ----
        ["slashOperator"] = new(StackEngineKind.EigenLayer, CallerRule.CoreAccount, c =>
        {
            var a = c.Args;
            var op = Operator(a, "operator", c.Names);
            var set = (uint)a.Integer("operatorSetId", 0, uint.MaxValue);
            var wads = a.Amounts("wadsToSlash");
            if (wads.Count != 1) throw a.Error("wadsToSlash", "one entry: the stack's operator sets hold one strategy (ETH)");
            var description = a.OptionalString("description") ?? "";
            return s => Core(s, () =>
            {
                var r = s.Core.AllocationManager.SlashOperator(s.Resolve(c.Caller), s.Resolve(c.Caller),
                    new SlashingParams(s.Resolve(op), set, [s.EthStrategy], wads, description));
                return new JsonObject { ["slashId"] = Dec(r.SlashId), ["shares"] = Decs(r.Shares) };
            });
        }),
        ["modifyAllocations"] = new(StackEngineKind.EigenLayer, CallerRule.CoreAccount, c =>
        {
            var a = c.Args;
            var op = Operator(a, "operator", c.Names);
            var (avs, id) = StackWorldParser.ParseSet(a, a.String("operatorSet"), a.Join("operatorSet"), c.Names.Sets);
            var magnitude = a.Integer("newMagnitude", 0, 1_000_000_000_000_000_000UL);
            return s => Core(s, () =>
            {
                s.Core.AllocationManager.ModifyAllocations(s.Resolve(c.Caller), s.Resolve(op),
                    [new AllocateParams(new OperatorSet(s.Resolve(avs), id), [s.EthStrategy], [magnitude])]);
                return new JsonObject();
            });
        }),
        ["registerForOperatorSets"] = new(StackEngineKind.EigenLayer, CallerRule.CoreAccount, c => Registration(c, register: true)),
        ["deregisterFromOperatorSets"] = new(StackEngineKind.EigenLayer, CallerRule.CoreAccount, c => Registration(c, register: false)),
        ["clearBurnOrRedistributableShares"] = new(StackEngineKind.EigenLayer, CallerRule.CoreAccount, c =>
        {
            var a = c.Args;
            var (avs, id) = StackWorldParser.ParseSet(a, a.String("operatorSet"), a.Join("operatorSet"), c.Names.Sets);
            var slashId = a.Amount("slashId");
            return s => Core(s, () => new JsonObject
            {
                ["amounts"] = Decs(s.Core.StrategyManager.ClearBurnOrRedistributableShares(s.Resolve(c.Caller), new OperatorSet(s.Resolve(avs), id), slashId)),
            });
        }),

        // ---- LRT (Renzo) ----
        ["depositETH"] = new(StackEngineKind.Lrt, CallerRule.Holder, c =>
        {
            var amount = c.Args.Amount("amount");
            return s => new JsonObject { ["minted"] = Dec(s.Lrt(c.Target).DepositEth(c.Caller, amount)) };
        }),
        ["stakeEthFromQueue"] = new(StackEngineKind.Lrt, CallerRule.Anyone, c =>
        {
            var amount = c.Args.Amount("amount", allowMax: true);
            return s =>
            {
                var lrt = s.Lrt(c.Target);
                var take = amount == UInt256.MaxValue ? lrt.Vault.Pending("ETH") : amount;
                return new JsonObject { ["staked"] = Dec(take), ["depositShares"] = Decs(lrt.StakeEthFromQueue(take)) };
            };
        }),
        ["withdraw"] = new(StackEngineKind.Lrt, CallerRule.Holder, c => LrtWithdraw(c)),
        ["claim"] = new(StackEngineKind.Lrt, CallerRule.Holder, c =>
        {
            var id = (int)c.Args.Integer("withdrawRequestIndex", 1, int.MaxValue);
            return s => new JsonObject { ["paid"] = Dec(s.Lrt(c.Target).Claim(c.Caller, id)) };
        }),
        ["receiveRewards"] = new(StackEngineKind.Lrt, CallerRule.Anyone, c =>
        {
            var amount = c.Args.Amount("amount");
            return s => new JsonObject { ["fee"] = Dec(s.Lrt(c.Target).ReceiveRewards(amount)) };
        }),

        // ---- StableSwap-NG pool ----
        ["exchange"] = new(StackEngineKind.Pool, CallerRule.Holder, c =>
        {
            var a = c.Args;
            var coins = c.Names.Pool(c.Target).Coins.Count;
            var i = (int)a.Integer("i", 0, (ulong)coins - 1);
            var j = (int)a.Integer("j", 0, (ulong)coins - 1);
            var dx = a.Amount("dx");
            var minDy = a.Amount("min_dy", UInt256.Zero);
            return s => new JsonObject { ["dy"] = Dec(s.Pool(c.Target).Exchange(c.Caller, i, j, dx, minDy)) };
        }),
        ["add_liquidity"] = new(StackEngineKind.Pool, CallerRule.Holder, c =>
        {
            var amounts = CoinAmounts(c, "amounts");
            var min = c.Args.Amount("min_mint_amount", UInt256.Zero);
            return s => new JsonObject { ["lpMinted"] = Dec(s.Pool(c.Target).AddLiquidity(c.Caller, amounts, min)) };
        }),
        ["remove_liquidity"] = new(StackEngineKind.Pool, CallerRule.Holder, c =>
        {
            var burn = c.Args.Amount("burn_amount");
            var min = c.Args.Has("min_amounts") ? CoinAmounts(c, "min_amounts") : Zeros(c, "min_amounts");
            return s => new JsonObject { ["amounts"] = Decs(s.Pool(c.Target).RemoveLiquidity(c.Caller, burn, min)) };
        }),
        ["remove_liquidity_one_coin"] = new(StackEngineKind.Pool, CallerRule.Holder, c =>
        {
            var a = c.Args;
            var burn = a.Amount("burn_amount");
            var i = (int)a.Integer("i", 0, (ulong)c.Names.Pool(c.Target).Coins.Count - 1);
            var min = a.Amount("min_received", UInt256.Zero);
            return s => new JsonObject { ["dy"] = Dec(s.Pool(c.Target).RemoveLiquidityOneCoin(c.Caller, burn, i, min)) };
        }),
        ["withdraw_admin_fees"] = new(StackEngineKind.Pool, CallerRule.Anyone, c => s => new JsonObject { ["paid"] = Decs(s.Pool(c.Target).WithdrawAdminFees()) }),

        // ---- Aave-style market ----
        ["supply"] = new(StackEngineKind.Market, CallerRule.Holder, c =>
        {
            var asset = Asset(c);
            var amount = c.Args.Amount("amount");
            return s => Done(() => s.Market(c.Target).Supply(c.Caller, asset, amount));
        }),
        ["borrow"] = new(StackEngineKind.Market, CallerRule.Holder, c =>
        {
            var asset = Asset(c);
            var amount = c.Args.Amount("amount");
            return s => Done(() => s.Market(c.Target).Borrow(c.Caller, asset, amount));
        }),
        ["repay"] = new(StackEngineKind.Market, CallerRule.Holder, c =>
        {
            var asset = Asset(c);
            var amount = c.Args.Amount("amount", allowMax: true);
            return s => new JsonObject { ["repaid"] = Dec(s.Market(c.Target).Repay(c.Caller, asset, amount)) };
        }),
        ["liquidationCall"] = new(StackEngineKind.Market, CallerRule.Holder, c =>
        {
            var a = c.Args;
            var collateral = Asset(c, "collateralAsset");
            var debt = Asset(c, "debtAsset");
            var user = a.String("user");
            if (!c.Names.Holders.Contains(user)) throw a.Error("user", $"unknown holder '{user}'");
            var debtToCover = a.Amount("debtToCover", allowMax: true);
            return s =>
            {
                var r = s.Market(c.Target).LiquidationCall(c.Caller, collateral, debt, user, debtToCover);
                return new JsonObject
                {
                    ["healthFactorBefore"] = Dec(r.HealthFactor), ["debtRepaid"] = Dec(r.ActualDebtToLiquidate),
                    ["collateralSeized"] = Dec(r.CollateralSeized), ["collateralToLiquidator"] = Dec(r.CollateralToLiquidator),
                    ["protocolFee"] = Dec(r.LiquidationProtocolFee), ["badDebt"] = Dec(r.BadDebt),
                };
            };
        }),
        ["updateAnswer"] = new(StackEngineKind.Market, CallerRule.Anyone, c =>
        {
            var a = c.Args;
            var asset = a.String("asset");
            if (!c.Names.Market(c.Target).BasePrices.ContainsKey(asset))
                throw a.Error("asset", $"market '{c.Target}' has no price feed for '{asset}' (feeds: {string.Join(", ", c.Names.Market(c.Target).BasePrices.Keys)})");
            var answer = a.Amount("answer");
            return s => Done(() => s.Market(c.Target).BaseFeeds[asset].Value = answer);
        }),
    };

    private static Func<RestakeStack, JsonObject> LrtWithdraw(OpContext c)
    {
        var amount = c.Args.Amount("amount");
        return s => new JsonObject { ["withdrawRequestIndex"] = s.Lrt(c.Target).Withdraw(c.Caller, amount) };
    }

    /// <summary>Aave <c>withdraw(asset, amount)</c> shares its name with Renzo's <c>withdraw</c>; the target decides.</summary>
    public static readonly StackOperation MarketWithdraw = new(StackEngineKind.Market, CallerRule.Holder, c =>
    {
        var asset = Asset(c);
        var amount = c.Args.Amount("amount", allowMax: true);
        return s => new JsonObject { ["amount"] = Dec(s.Market(c.Target).Withdraw(c.Caller, asset, amount)) };
    });

    private static Func<RestakeStack, JsonObject> Registration(OpContext c, bool register)
    {
        var a = c.Args;
        var op = Operator(a, "operator", c.Names);
        var avs = a.String("avs");
        if (!c.Names.Sets.TryGetValue(avs, out var ids)) throw a.Error("avs", $"unknown AVS '{avs}'");
        var setIds = a.Integers("operatorSetIds", 0, uint.MaxValue).Select(i => (uint)i).ToArray();
        for (var k = 0; k < setIds.Length; k++)
            if (!ids.Contains(setIds[k])) throw a.At($"{a.Join("operatorSetIds")}[{k}]", $"AVS '{avs}' has no operator set {setIds[k]}");
        return s => Core(s, () =>
        {
            var am = s.Core.AllocationManager;
            if (register) am.RegisterForOperatorSets(s.Resolve(c.Caller), s.Resolve(op), s.Resolve(avs), setIds);
            else am.DeregisterFromOperatorSets(s.Resolve(c.Caller), s.Resolve(op), s.Resolve(avs), setIds);
            return new JsonObject();
        });
    }

    private static string Operator(StackArgs a, string field, StackNames names)
    {
        var op = a.String(field);
        return names.Operators.Contains(op) ? op : throw a.Error(field, $"unknown operator '{op}'");
    }

    private static string Asset(OpContext c, string field = "asset")
    {
        var asset = c.Args.String(field);
        var market = c.Names.Market(c.Target);
        return market.Reserves.Any(r => r.Asset == asset)
            ? asset
            : throw c.Args.Error(field, $"market '{c.Target}' has no reserve '{asset}' (reserves: {string.Join(", ", market.Reserves.Select(r => r.Asset))})");
    }

    private static IReadOnlyList<UInt256> CoinAmounts(OpContext c, string field)
    {
        var amounts = c.Args.Amounts(field);
        var coins = c.Names.Pool(c.Target).Coins;
        return amounts.Count == coins.Count
            ? amounts
            : throw c.Args.Error(field, $"expected {coins.Count} amounts, one per coin ({string.Join(", ", coins)})");
    }

    private static IReadOnlyList<UInt256> Zeros(OpContext c, string field)
    {
        c.Args.Skip(field);
        return new UInt256[c.Names.Pool(c.Target).Coins.Count];
    }

    private static JsonObject Core(RestakeStack s, Func<JsonObject> call) => s.Core.Execute(call);

    private static JsonObject Done(Action action)
    {
        action();
        return new JsonObject();
    }

    private static JsonNode Dec(UInt256 v) => JsonValue.Create(v.ToString())!;

    private static JsonArray Decs(IEnumerable<UInt256> values) => new(values.Select(v => (JsonNode?)Dec(v)).ToArray());
}
