using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Restake.Server.Hosting;
using Restake.Server.Runs;
using Restake.Server.Store;

namespace Restake.Server.Tests.Support;

/// <summary>Entry point of the test assembly as a separate server process.</summary>
public static class TestHostProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != "host") return 2;
        string Arg(string name) => args[Array.IndexOf(args, name) + 1];
        var options = new ServerOptions
        {
            Urls = Arg("--urls"),
            Database = DatabaseLocation.Parse(Arg("--db")),
            BootstrapKeyFile = Arg("--key-file"),
            Jobs = new JobRunnerOptions { Concurrency = 1 },
            ConsoleLogging = false,
        };
        var withModes = !args.Contains("--no-modes");
        await using var app = await RestakeServer.BuildAsync(options, s =>
        {
            if (withModes) s.AddSingleton<IRunExecutor, RandomWalkExecutor>();
        });
        await RestakeServer.BootstrapAsync(app);
        await app.RunAsync();
        return 0;
    }
}
