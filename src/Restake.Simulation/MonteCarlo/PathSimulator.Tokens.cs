using Restake.Scenarios.Model;
using Restake.Simulation.Results;

namespace Restake.Simulation.MonteCarlo;

/// <summary>Redemption values of the liquid tokens and of restaked holdings.</summary>
public sealed partial class PathSimulator
{
    private static readonly int Layers = YieldLayers.Count;

    private void UpdateTokens(double t)
    {
        var w = _w;
        var s = _s;
        for (var k = 0; k < w.Liquid.Length; k++)
        {
            var token = w.Liquid[k];
            var ch = s.TokenChanges[k];
            if (!token.IsLrt)
            {
                ch.Clear();
                var gross = w.StakingApr * t;
                ch.Add[(int)YieldLayer.Consensus] = w.ConsensusApr * t;
                ch.Add[(int)YieldLayer.Execution] = w.ExecutionApr * t;
                ch.Add[(int)YieldLayer.LstFee] = -token.Fee * gross;
                var lost = 0.0;
                for (var i = 0; i < _slashed.Length; i++)
                    if (_slashed[i]) lost += w.OperatorShare[i];
                ch.Factor[(int)YieldLayer.ConsensusSlashing] = 1 - lost * w.Scenario.Consensus.SlashingPenalty;
                ch.Factor[(int)YieldLayer.ContractFailure] = s.Failure[(int)ContractLayer.Consensus] * s.Failure[(int)ContractLayer.Lst];
            }
            else
            {
                if (token.Underlying >= 0) ch.CopyFrom(s.TokenChanges[token.Underlying]);
                else ch.Clear();
                RestakedChanges(token.Weights, s.Holdings.AsSpan(k * s.OpValue.Length, s.OpValue.Length), token.Underlying < 0, token.Fee, t, s.Scratch);
                ch.Then(s.Scratch);
                var failure = s.Failure[(int)ContractLayer.Restaking] * s.Failure[(int)ContractLayer.Lrt];
                if (token.Underlying < 0) failure *= s.Failure[(int)ContractLayer.Consensus];
                ch.Factor[(int)YieldLayer.ContractFailure] *= failure;
            }

            var total = ch.Total();
            s.TokenTotal[k] = total;
            s.Nav[k] *= 1 + total;
            if (s.Nav[k] > s.NavPeak[k]) s.NavPeak[k] = s.Nav[k];
        }
    }

    /// <summary>
    /// Changes of a holding restaked over operators with <paramref name="weights"/> (holdings per operator updated in
    /// place): native staking rewards when <paramref name="native"/>, AVS rewards on the operators' allocations less
    /// their commission, <paramref name="fee"/> on all rewards, consensus slashing (native) and AVS slashing as the
    /// operators' factors fall. Loss factors are the aggregate value ratios, layer by layer.
    /// </summary>
    private void RestakedChanges(double[] weights, Span<double> holdings, bool native, double fee, double t, LayerChanges into)
    {
        var w = _w;
        var s = _s;
        into.Clear();
        var ops = holdings.Length;
        var penalty = w.Scenario.Consensus.SlashingPenalty;
        double total = 0;
        for (var i = 0; i < ops; i++)
        {
            var v = weights[i] * holdings[i];
            s.OpValue[i] = v;
            total += v;
        }

        if (total <= 0) return;
        var ledger = _engines.Ledger;
        double afterAdds = 0;
        for (var i = 0; i < ops; i++)
        {
            var v = s.OpValue[i];
            if (v == 0) continue;
            var before = s.FactorBefore[i];
            var perUnit = before > 0 ? 1 / before : 0;
            var eth = _opEthReward[i] * perUnit;
            var tok = _opTokenReward[i] * perUnit;
            var commission = -w.OperatorCommission[i] * (eth + tok);
            var staking = native ? w.StakingApr * t : 0;
            var feeCut = -fee * (staking + eth + tok + commission);
            var share = v / total;
            if (native)
            {
                into.Add[(int)YieldLayer.Consensus] += share * w.ConsensusApr * t;
                into.Add[(int)YieldLayer.Execution] += share * w.ExecutionApr * t;
            }

            into.Add[(int)YieldLayer.RestakingRewards] += share * eth;
            into.Add[(int)YieldLayer.TokenIncentives] += share * tok;
            into.Add[(int)YieldLayer.OperatorCommission] += share * commission;
            into.Add[(int)YieldLayer.LrtFee] += share * feeCut;
            v *= 1 + staking + eth + tok + commission + feeCut;
            s.OpValue[i] = v;
            afterAdds += v;
        }

        // Consensus slashing first, then AVS slashing: each layer's factor is the ratio of the aggregate it leaves.
        var current = afterAdds;
        if (native)
        {
            double next = 0;
            for (var i = 0; i < ops; i++)
            {
                if (_slashed[i]) s.OpValue[i] *= 1 - penalty;
                next += s.OpValue[i];
            }

            if (current > 0) into.Factor[(int)YieldLayer.ConsensusSlashing] = next / current;
            current = next;
        }

        double after = 0;
        for (var i = 0; i < ops; i++)
        {
            var before = s.FactorBefore[i];
            if (before > 0) s.OpValue[i] *= ledger.OperatorFactor(i) / before;
            after += s.OpValue[i];
        }

        if (current > 0) into.Factor[(int)YieldLayer.AvsSlashing] = after / current;
        for (var i = 0; i < ops; i++)
            if (weights[i] > 0) holdings[i] = s.OpValue[i] / weights[i];
    }
}
