using System.CommandLine;
using Restake.Analysis.Security;
using Restake.Cli.Output;

namespace Restake.Cli.Commands.Security;

/// <summary><c>restake conformance security [DIR...]</c>: checks every network file's <c>expect</c> block.</summary>
public sealed class ConformanceSecurityCommand : ICliCommand
{
    /// <inheritdoc />
    public IReadOnlyList<string> Parent => ["conformance"];

    /// <inheritdoc />
    public Command Create()
    {
        var dirs = new Argument<string[]>("paths") { Description = "Files or folders (default ../shared/conformance/security)", Arity = ArgumentArity.ZeroOrMore };
        var solver = SecurityOptions.Solver();
        var limit = SecurityOptions.TimeLimit();
        var cmd = new Command("security", "Check security network files against their expected answers");
        cmd.Arguments.Add(dirs);
        cmd.Options.Add(solver);
        cmd.Options.Add(limit);
        cmd.SetAction(pr =>
        {
            var options = SecurityOptions.Resolve(pr.GetValue(solver)!, pr.GetValue(limit));
            var files = InputPaths.ExpandInputs(pr.GetValue(dirs), "conformance/security", ".json", ".yaml", ".yml");
            var output = pr.InvocationConfiguration.Output;
            int passed = 0, failed = 0;
            foreach (var file in files)
            {
                ConformanceOutcome outcome;
                try
                {
                    outcome = ConformanceCheck.Run(NetworkLoader.LoadFile(file), options);
                }
                catch (InputException e)
                {
                    outcome = new ConformanceOutcome(file, [new ConformanceMismatch("file", "a valid network", e.Message)]);
                }

                if (outcome.Passed)
                {
                    passed++;
                    output.WriteLine($"PASS {file}");
                }
                else
                {
                    failed++;
                    output.WriteLine($"FAIL {file}");
                    foreach (var m in outcome.Mismatches) output.WriteLine($"  {m.Field}: expected {m.Expected}, got {m.Actual}");
                }
            }

            return PassFailLine.Write(output, passed, failed);
        });
        return cmd;
    }
}
