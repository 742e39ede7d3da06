using Restake.Numerics;
using Restake.Protocols.LiquidStaking.Lido;
using static Restake.Sandbox.Defi.Engines.StakingCaseValues;

namespace Restake.Sandbox.Defi.Engines;

/// <summary>Evaluates <c>lido-steth</c> cases on <see cref="Lido"/> and <see cref="WstEth"/>.</summary>
public sealed class LidoStEthCaseEngine : IDefiCaseEngine
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Engines { get; } = ["lido-steth"];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Evaluate(DefiCase testCase)
    {
        var tpe = testCase.StateUInt("totalPooledEther");
        var shares = testCase.StateUInt("totalShares");
        var fee = testCase.StateUInt("totalFee", LidoFees.Mainnet.TotalFee);
        if (fee > LidoFees.PrecisionPoints) throw testCase.Bad("state.totalFee", "above 100 % (1e20)");
        var fees = LidoFees.TreasuryOnly(fee);
        switch (testCase.Op)
        {
            case "submit":
            {
                var lido = Build(testCase, tpe, shares, UInt256.Zero, fees, 0);
                var amount = testCase.ArgUInt("amount");
                var minted = lido.Submit("depositor", amount);
                return Outputs(("sharesMinted", minted), ("totalPooledEther", lido.TotalPooledEther),
                    ("totalShares", lido.TotalShares), ("balanceOf", lido.BalanceOf("depositor")));
            }
            case "handleOracleReport":
                return Report(testCase, tpe, shares, fees);
            case "wrap":
            {
                var lido = Build(testCase, tpe, shares, UInt256.Zero, fees, 0);
                var wst = new WstEth(lido).Wrap(Lido.OtherHolders, testCase.ArgUInt("stETHAmount"));
                return Outputs(("wstETH", wst));
            }
            case "unwrap":
                return Outputs(("stETH", Wrapper(testCase, tpe, shares, fees).GetStETHByWstETH(testCase.ArgUInt("wstETHAmount"))));
            case "stEthPerToken":
                return Outputs(("stEthPerToken", Wrapper(testCase, tpe, shares, fees).StEthPerToken));
            case "tokensPerStEth":
                return Outputs(("tokensPerStEth", Wrapper(testCase, tpe, shares, fees).TokensPerStEth));
            default:
                throw testCase.UnknownOp("submit", "handleOracleReport", "wrap", "unwrap", "stEthPerToken", "tokensPerStEth");
        }
    }

    private static WstEth Wrapper(DefiCase c, UInt256 tpe, UInt256 shares, LidoFees fees) =>
        new(Build(c, tpe, shares, UInt256.Zero, fees, 0));

    private static IReadOnlyDictionary<string, string> Report(DefiCase c, UInt256 tpe, UInt256 shares, LidoFees fees)
    {
        var clBalance = c.StateUInt("clBalance");
        var appeared = c.ToU64(c.ArgUInt("appearedValidators"), "call.args.appearedValidators");
        var withdrawals = c.ArgUInt("withdrawalVaultTransfer");
        var el = c.ArgUInt("elRewardsVaultTransfer");
        var lido = Build(c, tpe, shares, clBalance, fees, appeared);
        lido.ReceiveWithdrawals(withdrawals);
        lido.ReceiveElRewards(el);
        var r = lido.HandleOracleReport(new OracleReport(c.ArgUInt("postClBalance"), appeared, withdrawals, el, 86_400, 86_400));
        return Outputs(("totalRewards", r.TotalRewards), ("feeEther", r.FeeEther), ("sharesToMintAsFees", r.SharesToMintAsFees),
            ("postTotalPooledEther", r.PostTotalPooledEther), ("postTotalShares", r.PostTotalShares),
            ("postShareRate", r.PostShareRate), ("feeSharesValue", r.FeeSharesValue));
    }

    private static Lido Build(DefiCase c, UInt256 tpe, UInt256 shares, UInt256 clBalance, LidoFees fees, ulong pending)
    {
        if (clBalance + (UInt256)pending * Lido.DepositSize > tpe)
            throw c.Bad("state.clBalance", "CL balance plus the appearing validators' deposits exceeds totalPooledEther");
        if (tpe.IsZero != shares.IsZero) throw c.Bad("state.totalShares", "must be zero exactly when totalPooledEther is zero");
        return Lido.FromTotals(tpe, shares, clBalance, fees, SanityLimits.None, pending);
    }
}
