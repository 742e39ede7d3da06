using Restake.Protocols.LiquidStaking.SplStakePool;
using static Restake.Sandbox.Defi.Engines.StakingCaseValues;

namespace Restake.Sandbox.Defi.Engines;

/// <summary>Evaluates <c>spl-stake-pool</c> cases on <see cref="StakePool"/>.</summary>
public sealed class SplStakePoolCaseEngine : IDefiCaseEngine
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Engines { get; } = ["spl-stake-pool"];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Evaluate(DefiCase testCase)
    {
        if (testCase.Op != "update_stake_pool_balance") throw testCase.UnknownOp("update_stake_pool_balance");
        var total = U64(testCase, "total_lamports");
        var supply = U64(testCase, "pool_token_supply");
        var numerator = U64(testCase, "epoch_fee_numerator");
        var denominator = U64(testCase, "epoch_fee_denominator");
        if (numerator > denominator) throw testCase.Bad("state.epoch_fee_numerator", "fee above 100 %");
        var reward = testCase.ToU64(testCase.ArgUInt("reward_lamports"), "call.args.reward_lamports");
        if (reward > ulong.MaxValue - total) throw testCase.Bad("call.args.reward_lamports", "total lamports would overflow u64");
        var pool = StakePool.FromTotals(total, supply, new Fee(numerator, denominator));
        var update = pool.UpdateStakePoolBalance(total + reward);
        return Outputs(("fee_lamports", update.FeeLamports), ("pool_gain_lamports", update.RewardLamports - update.FeeLamports),
            ("total_lamports", update.TotalLamports), ("fee_pool_tokens", update.FeePoolTokens));
    }

    private static ulong U64(DefiCase c, string key) => c.ToU64(c.StateUInt(key), $"state.{key}");
}
