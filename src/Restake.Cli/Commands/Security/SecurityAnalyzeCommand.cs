using System.CommandLine;
using Restake.Analysis.Security;
using Restake.Numerics;

namespace Restake.Cli.Commands.Security;

/// <summary><c>restake security analyze &lt;network&gt;</c>: verdict, witness, max profit, γ*, γ_cert, worst losses, per-service table.</summary>
public sealed class SecurityAnalyzeCommand : ICliCommand
{
    /// <inheritdoc />
    public IReadOnlyList<string> Parent => ["security"];

    /// <inheritdoc />
    public int Order => 10;

    /// <inheritdoc />
    public Command Create()
    {
        var network = new Argument<string>("network") { Description = "Network file (.json, .yaml) in the conformance format" };
        var shocks = new Option<string?>("--shocks") { Description = "Comma-separated shock sizes ψ (default: the file's queries, else 0.001,0.01,0.05)" };
        var json = new Option<bool>("--json") { Description = "Machine-readable output with the conformance field names" };
        var solver = SecurityOptions.Solver();
        var limit = SecurityOptions.TimeLimit();
        var cmd = new Command("analyze", "Exact and certified security figures of a restaking network");
        cmd.Arguments.Add(network);
        cmd.Options.Add(shocks);
        cmd.Options.Add(json);
        cmd.Options.Add(solver);
        cmd.Options.Add(limit);
        cmd.SetAction(pr =>
        {
            var options = SecurityOptions.Resolve(pr.GetValue(solver)!, pr.GetValue(limit));
            var c = NetworkLoader.LoadFile(pr.GetValue(network)!);
            var text = pr.GetValue(shocks);
            IReadOnlyList<ShockQuery> queries = text is not null
                ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => NetworkLoader.ParseShock(s, "--shocks", null, s)).ToArray()
                : c.Shocks.Count > 0 ? c.Shocks : new[] { "0.001", "0.01", "0.05" }.Select(s => NetworkLoader.ParseShock(s, "--shocks", null, s)).ToArray();
            SecurityReport report;
            try
            {
                report = SecurityReport.Build(c.Network, queries, options);
            }
            catch (NotSupportedException e)
            {
                throw InputException.At(c.File, null, null, e.Message);
            }

            var output = pr.InvocationConfiguration.Output;
            if (pr.GetValue(json)) output.WriteLine(SecurityReportJson.Write(report));
            else SecurityReportText.Write(report, output);
            return 0;
        });
        return cmd;
    }
}
