using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Restake.Simulation.Results;

namespace Restake.Simulation.MonteCarlo;

/// <summary>
/// The restaking layer of a step: the operators' AVS reward rates (from the ledger's allocations, read only after it
/// slashes), their per-unit rewards, commission and slashing ratios (computed once per step, shared by every LRT and
/// restake strategy), and a restaked holding's changes.
/// </summary>
public sealed partial class PathSimulator
{
    // The ledger's operator factors, read back only after it slashes (a pure read of its state).
    private readonly double[] _factor;

    // AVS reward rates per operator per unit of value restaked with it, for a year, in ETH and per reward token
    // [token * operators + operator] (before the token's price ratio): those in force for this step and those the
    // ledger's latest read gives, which take over at the next step (rewards accrue on allocations at a step's start).
    private readonly double[] _ethRate, _tokenRate, _ethRateNext, _tokenRateNext;

    // Per operator this step, per unit of value restaked with it: ETH and token rewards, commission on them, their net
    // sum, and the AVS slashing ratio.
    // [operator * 4 + lane], lanes (ETH rewards, token rewards, commission, 1) for RestakedChanges' one-pass sums.
    private readonly double[] _opRates;
    private readonly double[] _opNet, _opAvsRatio;

    /// <summary>Reads the ledger's magnitudes and factors after a reset or a slash into the next step's rates.</summary>
    private void ReadLedger()
    {
        var w = _w;
        var ledger = _engines.Ledger;
        var ops = _factor.Length;
        for (var i = 0; i < ops; i++) _factor[i] = ledger.OperatorFactor(i);
        Array.Clear(_ethRateNext);
        Array.Clear(_tokenRateNext);
        for (var j = 0; j < w.AvsIds.Length; j++)
        {
            var apr = w.AvsRewardApr[j];
            if (apr == 0) continue;
            var token = w.AvsRewardToken[j];
            var target = token >= 0 ? _tokenRateNext.AsSpan(token * ops, ops) : _ethRateNext;
            for (var e = w.AvsEdgeStart[j]; e < w.AvsEdgeStart[j + 1]; e++)
                target[w.EdgeOperator[e]] += apr * ledger.EdgeMagnitude(e);
        }

        // Per unit of value: an operator's stakers hold its remaining max magnitude.
        for (var i = 0; i < ops; i++)
        {
            var perUnit = _factor[i] > 0 ? 1 / _factor[i] : 0;
            _ethRateNext[i] *= perUnit;
            for (var k = i; k < _tokenRateNext.Length; k += ops) _tokenRateNext[k] *= perUnit;
        }
    }

    /// <summary>The latest read's rates and factors take over: at a reset, and at the step after a slash.</summary>
    private void TakeLedgerRead()
    {
        _factor.CopyTo(_s.FactorBefore, 0);
        _ethRateNext.CopyTo(_ethRate, 0);
        _tokenRateNext.CopyTo(_tokenRate, 0);
    }

    /// <summary>Per operator: this step's rewards per unit of value restaked with it, its commission, and the AVS slashing ratio.</summary>
    private void OperatorChanges(double t)
    {
        var w = _w;
        var ops = _factor.Length;
        var tokens = _tokenRatio.Length;
        var rates = _opRates;
        for (var i = 0; i < ops; i++)
        {
            var eth = _ethRate[i] * t;
            var tok = 0.0;
            for (var k = 0; k < tokens; k++) tok += _tokenRate[k * ops + i] * _tokenRatio[k] * t;
            var commission = -w.OperatorCommission[i] * (eth + tok);
            rates[4 * i] = eth;
            rates[4 * i + 1] = tok;
            rates[4 * i + 2] = commission;
            _opNet[i] = eth + tok + commission;
        }

        if (!_anyFaulted) return;
        var before = _s.FactorBefore;
        for (var i = 0; i < ops; i++) _opAvsRatio[i] = before[i] > 0 ? _factor[i] / before[i] : 1;
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
        // Lanes (ETH rewards, token rewards, commission, value) summed operator by operator, each in the scalar order.
        ref var rates = ref MemoryMarshal.GetArrayDataReference(_opRates);
        var sums = Vector256<double>.Zero;
        for (var i = 0; i < ops; i++) sums += Vector256.Create(values[i]) * Vector256.LoadUnsafe(ref rates, (nuint)(4 * i));
        var total = sums.GetElement(3);
        if (total <= 0) return;

        var staking = native ? w.StakingApr * t : 0;
        var keep = 1 - fee;
        var i4 = 0;
        if (ops >= 4)
        {
            ref var v0 = ref MemoryMarshal.GetReference(values);
            ref var net = ref MemoryMarshal.GetArrayDataReference(_opNet);
            var keepV = Vector256.Create(keep);
            var stakingV = Vector256.Create(staking);
            for (; i4 + 4 <= ops; i4 += 4)
            {
                var v = Vector256.LoadUnsafe(ref v0, (nuint)i4);
                (v + v * (keepV * (stakingV + Vector256.LoadUnsafe(ref net, (nuint)i4)))).StoreUnsafe(ref v0, (nuint)i4);
            }
        }

        for (var i = i4; i < ops; i++)
        {
            var v = values[i];
            values[i] = v + v * (keep * (staking + _opNet[i]));
        }

        var perValue = 1 / total;
        var eth = sums.GetElement(0) * perValue;
        var tok = sums.GetElement(1) * perValue;
        var commission = sums.GetElement(2) * perValue;
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
