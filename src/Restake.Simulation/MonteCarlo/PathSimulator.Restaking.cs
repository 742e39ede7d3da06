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

    // Per operator this step, per unit of value restaked with it: ETH and token rewards, commission on them, their net
    // sum, and the AVS slashing ratio.
    private readonly double[] _opEth, _opToken, _opCommission, _opNet, _opAvsRatio;

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
            var commission = -w.OperatorCommission[i] * (eth + tok);
            _opCommission[i] = commission;
            _opNet[i] = eth + tok + commission;
            _opAvsRatio[i] = b > 0 ? _factor[i] / b : 1;
        }
    }

    /// <summary>
    /// Changes of a holding restaked over operators, <paramref name="values"/> being its value with each operator
    /// (updated in place): native staking rewards when <paramref name="native"/>, AVS rewards on the operators'
    /// allocations less their commission, <paramref name="fee"/> on all rewards, consensus slashing (native) and AVS
    /// slashing as the operators' factors fall. Each reward layer's relative change is the value-weighted mean of the
    /// operators' rates; loss factors are the aggregate value ratios, layer by layer.
    /// </summary>
    /// <remarks>
    /// The changes are composed after those already in <paramref name="into"/> (the underlying token's, or none), as
    /// <see cref="LayerChanges.Then"/> would compose them, touching only the layers restaking moves.
    /// </remarks>
    private void RestakedChanges(Span<double> values, bool native, double fee, double t, LayerChanges into)
    {
        var w = _w;
        var ops = values.Length;
        double total = 0;
        for (var i = 0; i < ops; i++) total += values[i];
        if (total <= 0) return;

        var staking = native ? w.StakingApr * t : 0;
        var keep = 1 - fee;
        double eth = 0, tok = 0, commission = 0;
        for (var i = 0; i < ops; i++)
        {
            var v = values[i];
            eth += v * _opEth[i];
            tok += v * _opToken[i];
            commission += v * _opCommission[i];
            values[i] = v + v * (keep * (staking + _opNet[i]));
        }

        var perValue = 1 / total;
        eth *= perValue;
        tok *= perValue;
        commission *= perValue;
        // Rewards earned on the value after the underlying's rewards: scaled by (1 + Σ underlying adds).
        var scale = 1 + into.SumOfAdds();
        var add = into.Add;
        if (native)
        {
            // The shares of all operators sum to one: native rewards are the staking rate itself.
            add[(int)YieldLayer.Consensus] += w.ConsensusApr * t * scale;
            add[(int)YieldLayer.Execution] += w.ExecutionApr * t * scale;
        }

        add[(int)YieldLayer.RestakingRewards] += eth * scale;
        add[(int)YieldLayer.TokenIncentives] += tok * scale;
        add[(int)YieldLayer.OperatorCommission] += commission * scale;
        add[(int)YieldLayer.LrtFee] += -fee * (staking + eth + tok + commission) * scale;
        if (!(native && _anySlashed) && !_anyFaulted) return;

        // Consensus slashing first, then AVS slashing: each layer's factor is the ratio of the aggregate it leaves.
        // A step without the event leaves every value and so the aggregate unchanged: the factor is exactly 1.
        double current = 0;
        for (var i = 0; i < ops; i++) current += values[i];
        if (native && _anySlashed)
        {
            var penalty = w.Scenario.Consensus.SlashingPenalty;
            double next = 0;
            for (var i = 0; i < ops; i++)
            {
                if (_slashed[i]) values[i] *= 1 - penalty;
                next += values[i];
            }

            if (current > 0) into.Factor[(int)YieldLayer.ConsensusSlashing] *= next / current;
            current = next;
        }

        if (_anyFaulted)
        {
            double after = 0;
            for (var i = 0; i < ops; i++)
            {
                values[i] *= _opAvsRatio[i];
                after += values[i];
            }

            if (current > 0) into.Factor[(int)YieldLayer.AvsSlashing] *= after / current;
        }
    }
}
