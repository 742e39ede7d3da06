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
                RestakedChanges(s.Holdings.AsSpan(k * _factor.Length, _factor.Length), token.Underlying < 0, token.Fee, t, s.Scratch);
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
}
