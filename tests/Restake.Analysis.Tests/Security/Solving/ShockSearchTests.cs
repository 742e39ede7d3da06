using Restake.Analysis.Security;
using Restake.Analysis.Security.Solving;
using Restake.Numerics;

namespace Restake.Analysis.Tests.Security.Solving;

public class ShockSearchTests
{
    [Fact]
    public void Shock_and_attack_are_admissible_encode_feasibly_and_never_exceed_brute_force()
    {
        for (var seed = 0; seed < 80; seed++)
        {
            var g = RandomNetworks.Pooled(seed, maxValidators: 8, maxServices: 4, positiveStakes: true);
            var n = new ScaledNetwork(g);
            var oracle = new BruteForceOracle(g);
            foreach (var psi in RandomNetworks.Shocks)
            {
                var (shock, attack) = ShockSearch.Best(n, psi, ServiceMeasures.Compute(g), TimeSpan.FromSeconds(5));
                var sd = AttackVerifier.StakeOf(g, shock);
                Assert.True(sd <= psi * g.TotalStake, $"seed {seed} ψ {psi}: shock over budget");
                var cost = Rational.Zero;
                if (!attack.IsEmpty)
                {
                    var c = AttackVerifier.Check(g, attack, shock.ToHashSet());
                    Assert.True(c.Valid, $"seed {seed} ψ {psi}: attack not valid on G↓D");
                    cost = c.Cost;
                }

                Assert.True((sd + cost) / g.TotalStake <= oracle.WorstLoss(psi), $"seed {seed} ψ {psi}");
                var program = new LossProgram(n, psi);
                var hint = program.Encode(shock, attack);
                Assert.True(program.Program.IsFeasible(hint), $"seed {seed} ψ {psi}: hint infeasible");
                Assert.Equal(n.Scale.ToInteger(sd + cost), program.Program.Evaluate(hint));
                var (d2, a2) = program.Decode(hint);
                Assert.Equal(shock.Order(), d2.Order());
                Assert.Equal(attack.Coalition.Order(), a2.Coalition.Order());
            }
        }
    }
}
