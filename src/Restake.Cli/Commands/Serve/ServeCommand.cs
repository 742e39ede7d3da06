using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Restake.Server.Hosting;
using Restake.Server.Runs;
using Restake.Server.Store;

namespace Restake.Cli.Commands.Serve;

/// <summary><c>restake serve</c>: the HTTP API, job runner and dashboard over a SQLite file or PostgreSQL.</summary>
public sealed class ServeCommand : ICliCommand
{
    /// <inheritdoc />
    public IReadOnlyList<string> Parent => [];

    /// <inheritdoc />
    public int Order => 80;

    /// <inheritdoc />
    public Command Create()
    {
        var urls = new Option<string>("--urls") { Description = $"Addresses to listen on, ';'-separated (default {ServerOptions.DefaultUrls})." };
        var db = new Option<string>("--db") { Description = "Store: sqlite:PATH or postgres:CONNECTION (default: a SQLite file in the user's data directory)." };
        var concurrency = new Option<int?>("--concurrency") { Description = "Runs executed at once (default: half the cores)." };
        var cors = new Option<string[]>("--cors-origin") { Description = "Allow browser calls from this origin (repeatable; CORS is off by default).", AllowMultipleArgumentsPerToken = false };
        var command = new Command("serve", "Serve the REST API (OpenAPI at /openapi/v1.json, reference at /reference) and the dashboard.");
        command.Options.Add(urls);
        command.Options.Add(db);
        command.Options.Add(concurrency);
        command.Options.Add(cors);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var location = parseResult.GetValue(db) is { } text ? DatabaseLocation.Parse(text) : DatabaseLocation.Default();
            var jobs = new JobRunnerOptions();
            if (parseResult.GetValue(concurrency) is { } c)
            {
                if (c < 1) throw InputException.At(null, null, "--concurrency", "must be at least 1");
                jobs = jobs with { Concurrency = c };
            }

            var options = new ServerOptions
            {
                Urls = parseResult.GetValue(urls) ?? ServerOptions.DefaultUrls,
                Database = location,
                CorsOrigins = parseResult.GetValue(cors) ?? [],
                Jobs = jobs,
                BootstrapKeyFile = Path.Combine(DatabaseLocation.DefaultDataDirectory(), "admin.key"),
            };
            return RunAsync(options, output).GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> RunAsync(ServerOptions options, TextWriter output)
    {
        await using var app = await RestakeServer.BuildAsync(options);
        var issued = await RestakeServer.BootstrapAsync(app);
        await app.StartAsync();
        var first = options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries)[0].TrimEnd('/');
        output.WriteLine($"Restake server on {options.Urls} (store {options.Database.Describe()})");
        output.WriteLine($"  dashboard  {first}/");
        output.WriteLine($"  API        {first}/api   reference {first}/reference   OpenAPI {first}/openapi/v1.json");
        if (issued is not null)
        {
            output.WriteLine($"  new admin key (shown once, also saved to {options.BootstrapKeyFile}): {issued.Secret}");
            output.WriteLine($"  open {first}/#key={issued.Secret} to sign the dashboard in");
        }

        output.Flush();
        await app.WaitForShutdownAsync();
        return 0;
    }
}
