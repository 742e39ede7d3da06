using Restake.Simulation.Results;

namespace Restake.Simulation.MonteCarlo;

/// <summary>
/// The restaking layer of a step: AVS rewards per operator, the operators' per-unit reward, commission and slashing
/// ratios (computed once per step, shared by every LRT and restake strategy), and a restaked holding's changes.
/// </summary>
public sealed partial class PathSimulator
{
    // The ledger's edge magnitudes and operator factors, read back only after it slashes (a pure read of its state).
    private readonly double[] _edgeMagnitude, _factor;

    // Per operator this step: ETH and token rewards per unit of restaked value, commission on them, AVS slashing ratio.
    private readonly double[] _opEth, _opToken, _opCommission, _opAvsRatio;

    /// <summary>Reads the ledger's magnitudes and factors after a reset or a slash.</summary>
    private void ReadLedger()
    {
        var ledger = _engines.Ledger;
        for (var e = 0; e < _edgeMagnitude.Length; e++) _edgeMagnitude[e] = ledger.EdgeMagnitude(e);
        for (var i = 0; i < _factor.Length; i++) _factor[i] = ledger.OperatorFactor(i);
    }

    /// <summary>AVS rewards per operator for this step on the allocations at its start, split into ETH and token rewards.</summary>
    private void OperatorRewards(double t)
    {
        var w = _w;
        Array.Clear(_opEthReward);
        Array.Clear(_opTokenReward);
        for (var j = 0; j < w.AvsIds.Length; j++)
        {
            var token = w.AvsRewardToken[j];
            var rate = w.AvsRewardApr[j] * t * (token >= 0 ? _tokenRatio[token] : 1);
            if (rate == 0) continue;
            var target = token >= 0 ? _opTokenReward : _opEthReward;
            for (var e = w.AvsEdgeStart[j]; e < w.AvsEdgeStart[j + 1]; e++)
                target[w.EdgeOperator[e]] += rate * _edgeMagnitude[e];
        }
    }

    /// <summary>Per operator: rewards per unit of value restaked with it, its commission, and the AVS slashing ratio of the step.</summary>
    private void OperatorChanges()
    {
        var w = _w;
        var before = _s.FactorBefore;
        for (var i = 0; i < before.Length; i++)
        {
            var b = before[i];
            var perUnit = b > 0 ? 1 / b : 0;
            var eth = _opEthReward[i] * perUnit;
            var tok = _opTokenReward[i] * perUnit;
            _opEth[i] = eth;
            _opToken[i] = tok;
            _opCommission[i] = -w.OperatorCommission[i] * (eth + tok);
            _opAvsRatio[i] = b > 0 ? _factor[i] / b : 1;
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
        var consensusApr = w.ConsensusApr;
        var executionApr = w.ExecutionApr;
        var value = _s.OpValue;
        into.Clear();
        var ops = holdings.Length;
        double total = 0;
        for (var i = 0; i < ops; i++)
        {
            var v = weights[i] * holdings[i];
            value[i] = v;
            total += v;
        }

        if (total <= 0) return;
        var staking = native ? w.StakingApr * t : 0;
        double consensusAdd = 0, executionAdd = 0, ethAdd = 0, tokenAdd = 0, commissionAdd = 0, feeAdd = 0, afterAdds = 0;
        for (var i = 0; i < ops; i++)
        {
            var v = value[i];
            if (v == 0) continue;
            var eth = _opEth[i];
            var tok = _opToken[i];
            var commission = _opCommission[i];
            var feeCut = -fee * (staking + eth + tok + commission);
            var share = v / total;
            if (native)
            {
                consensusAdd += share * consensusApr * t;
                executionAdd += share * executionApr * t;
            }

            ethAdd += share * eth;
            tokenAdd += share * tok;
            commissionAdd += share * commission;
            feeAdd += share * feeCut;
            v *= 1 + staking + eth + tok + commission + feeCut;
            value[i] = v;
            afterAdds += v;
        }

        into.Add[(int)YieldLayer.Consensus] = consensusAdd;
        into.Add[(int)YieldLayer.Execution] = executionAdd;
        into.Add[(int)YieldLayer.RestakingRewards] = ethAdd;
        into.Add[(int)YieldLayer.TokenIncentives] = tokenAdd;
        into.Add[(int)YieldLayer.OperatorCommission] = commissionAdd;
        into.Add[(int)YieldLayer.LrtFee] = feeAdd;

        // Consensus slashing first, then AVS slashing: each layer's factor is the ratio of the aggregate it leaves.
        // A step without the event leaves every value and so the aggregate unchanged: the factor is exactly 1.
        var current = afterAdds;
        if (native && _anySlashed)
        {
            var penalty = w.Scenario.Consensus.SlashingPenalty;
            double next = 0;
            for (var i = 0; i < ops; i++)
            {
                if (_slashed[i]) value[i] *= 1 - penalty;
                next += value[i];
            }

            if (current > 0) into.Factor[(int)YieldLayer.ConsensusSlashing] = next / current;
            current = next;
        }

        if (_anyFaulted)
        {
            double after = 0;
            for (var i = 0; i < ops; i++)
            {
                value[i] *= _opAvsRatio[i];
                after += value[i];
            }

            if (current > 0) into.Factor[(int)YieldLayer.AvsSlashing] = after / current;
        }

        for (var i = 0; i < ops; i++)
            if (weights[i] > 0) holdings[i] = value[i] / weights[i];
    }
}
