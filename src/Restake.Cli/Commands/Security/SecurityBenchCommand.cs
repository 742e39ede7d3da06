using System.CommandLine;
using System.Diagnostics;
using Restake.Analysis.Security;
using Restake.Numerics;

namespace Restake.Cli.Commands.Security;

/// <summary>
/// <c>restake security bench</c>: times γ_cert, the most profitable attack, γ* and worst losses on a generated
/// mainnet-shaped network and prints each figure with its proof status and gap.
/// </summary>
public sealed class SecurityBenchCommand : ICliCommand
{
    /// <inheritdoc />
    public IReadOnlyList<string> Parent => ["security"];

    /// <inheritdoc />
    public int Order => 30;

    /// <inheritdoc />
    public Command Create()
    {
        var operators = new Option<int>("--operators") { DefaultValueFactory = _ => 2000, Description = "Operators" };
        var services = new Option<int>("--services") { DefaultValueFactory = _ => 50, Description = "Services" };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1, Description = "Generator seed" };
        var ratio = new Option<double>("--max-profit-ratio") { DefaultValueFactory = _ => 0.6, Description = "Largest profit / securing stake" };
        var solver = SecurityOptions.Solver();
        var limit = SecurityOptions.TimeLimit();
        var cmd = new Command("bench", "Time the security analyses on a generated network");
        foreach (var o in new Option[] { operators, services, seed, ratio, solver, limit }) cmd.Options.Add(o);
        cmd.SetAction(pr =>
        {
            var options = SecurityOptions.Resolve(pr.GetValue(solver)!, pr.GetValue(limit));
            var o = pr.InvocationConfiguration.Output;
            var g = NetworkGenerator.Generate(new GeneratorSpec(pr.GetValue(operators), pr.GetValue(services), Seed: pr.GetValue(seed), MaxProfitRatio: pr.GetValue(ratio)));
            o.WriteLine($"{g.Name}: {g.Validators.Count} operators, {g.Services.Count} services, {g.EdgeCount} edges; solver {options.Kind}, limit {options.TimeLimitSeconds} s");

            var sw = Stopwatch.StartNew();
            const int reps = 20;
            GammaCertificate cert = null!;
            for (var i = 0; i < reps; i++) cert = Certificates.Compute(g);
            o.WriteLine($"gammaCert      {cert.GammaCert?.ToDecimalString(6)}  {sw.Elapsed.TotalMilliseconds / reps:0.00} ms");

            sw.Restart();
            var exact = new ExactAnalysis(g, options);
            o.WriteLine($"per-service    {exact.Services.Count(s => s.CostExact)}/{exact.Services.Count} covers exact  {sw.Elapsed.TotalMilliseconds:0} ms");
            var mp = exact.MaxProfit();
            o.WriteLine($"maxProfit      {mp.MaxProfit} ub {mp.UpperBound} gap {Pct(mp.Gap, mp.UpperBound)} {(mp.Info.Proven ? "proven" : "NOT proven")}  {mp.Info.Elapsed.TotalSeconds:0.00} s");
            var gs = exact.GammaStar();
            o.WriteLine($"gammaStar      {gs.GammaStar?.ToDecimalString(6)} lower {gs.LowerBound?.ToDecimalString(6) ?? "none"} {(gs.Info.Proven ? "proven" : "NOT proven")} ({gs.Info.Solves} solves)  {gs.Info.Elapsed.TotalSeconds:0.00} s");
            foreach (var psi in new[] { "0.001", "0.01", "0.05" })
            {
                var l = exact.WorstLoss(NetworkLoader.ParseShock(psi, "bench", null, "shock"));
                o.WriteLine($"worstLoss {psi,-5} {l.Loss.ToDecimalString(6)} ub {l.UpperBound.ToDecimalString(6)} {(l.Info.Proven ? "proven" : "NOT proven")}  {l.Info.Elapsed.TotalSeconds:0.00} s");
            }

            return 0;
        });
        return cmd;
    }

    private static string Pct(Rational gap, Rational ub) => ub.IsZero ? "0%" : (gap / ub * 100).ToDecimalString(2) + "%";
}
