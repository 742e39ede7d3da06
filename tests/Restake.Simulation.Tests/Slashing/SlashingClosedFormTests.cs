using CsCheck;
using Restake.Simulation.Slashing;

namespace Restake.Simulation.Tests.Slashing;

public class SlashingClosedFormTests
{
    [Fact]
    public void Closed_form_equals_the_mean_of_the_enumerated_law() =>
        TinyInstances.Generated.Sample(instance =>
        {
            var exact = ExactDistribution.Nav(instance).Sum(e => e.Key * e.Value);
            return Math.Abs(exact - SlashingClosedForm.MeanNav(instance)) < 1e-11;
        }, iter: 60);

    [Fact]
    public void Single_avs_closed_form_is_the_binomial_mean()
    {
        // One AVS, no shocks: daily E[factor] = 1 − p·r·f·m, so E[NAV] = (1 − p r f m)^days.
        var instance = TinyInstances.OneAvs(days: 10) with { Groups = [new("g", 0, 0.5)] };
        Assert.Equal(Math.Pow(1 - 0.03 * 0.7 * 0.4 * 0.75, 10), SlashingClosedForm.MeanNav(instance), 1e-15);
    }
}
