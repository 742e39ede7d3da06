using Restake.Scenarios.Model;
using Restake.Simulation.Results;

namespace Restake.Simulation.MonteCarlo;

/// <summary>Redemption values of the liquid tokens and of restaked holdings.</summary>
public sealed partial class PathSimulator
{
    private static readonly int Layers = YieldLayers.Count;

    // Step length for which the LSTs' changes of the last step still hold (NaN when they do not): without a slashing
    // incident or a contract failure an LST's step changes depend only on the step's length.
    private double _lstQuietDays = double.NaN;

    private void UpdateTokens(double t)
    {
        var w = _w;
        var s = _s;
        var quiet = !_anySlashed && !_anyFailure;
        var reuseLst = quiet && t == _lstQuietDays && !StepByStep;
        _lstQuietDays = quiet ? t : double.NaN;
        for (var k = 0; k < w.Liquid.Length; k++)
        {
            var token = w.Liquid[k];
            var ch = s.TokenChanges[k];
            if (!token.IsLrt)
            {
                if (reuseLst)
                {
                    AdvanceNav(k, s.TokenTotal[k]);
                    continue;
                }

                ch.Clear();
                var gross = w.StakingApr * t;
                ch.Add[(int)YieldLayer.Consensus] = w.ConsensusApr * t;
                ch.Add[(int)YieldLayer.Execution] = w.ExecutionApr * t;
                ch.Add[(int)YieldLayer.LstFee] = -token.Fee * gross;
                var lost = 0.0;
                if (_anySlashed)
                    for (var i = 0; i < _slashed.Length; i++)
                        if (_slashed[i]) lost += w.OperatorShare[i];
                ch.Factor[(int)YieldLayer.ConsensusSlashing] = 1 - lost * w.Scenario.Consensus.SlashingPenalty;
                ch.Factor[(int)YieldLayer.ContractFailure] = s.Failure[(int)ContractLayer.Consensus] * s.Failure[(int)ContractLayer.Lst];
            }
            else
            {
                if (token.Underlying >= 0) ch.CopyFrom(s.TokenChanges[token.Underlying]);
                else ch.Clear();
                RestakedChanges(s.Holdings.AsSpan(k * _factor.Length, _factor.Length), token.Underlying < 0, token.Fee, t, ch);
                var failure = s.Failure[(int)ContractLayer.Restaking] * s.Failure[(int)ContractLayer.Lrt];
                if (token.Underlying < 0) failure *= s.Failure[(int)ContractLayer.Consensus];
                ch.Factor[(int)YieldLayer.ContractFailure] *= failure;
            }

            var sum = ch.SumOfAdds();
            var mask = ch.NonUnitFactors();
            var total = ch.Total(sum, mask);
            s.TokenSum[k] = sum;
            s.TokenMask[k] = mask;
            s.TokenTotal[k] = total;
            AdvanceNav(k, total);
        }
    }

    private void AdvanceNav(int k, double total)
    {
        var s = _s;
        s.Nav[k] *= 1 + total;
        if (s.Nav[k] > s.NavPeak[k]) s.NavPeak[k] = s.Nav[k];
    }
}
