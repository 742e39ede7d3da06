using Restake.Server.Runs;
using Restake.Server.Store;

namespace Restake.Server.Hosting;

/// <summary>Everything <c>restake serve</c> can be told: where to listen, which store, and the server's limits.</summary>
public sealed record ServerOptions
{
    /// <summary>Default listening address (loopback only).</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Addresses to listen on, separated by ';'.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The store.</summary>
    public DatabaseLocation Database { get; init; } = DatabaseLocation.Default();

    /// <summary>Largest accepted request body, in bytes.</summary>
    public long MaxRequestBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>Origins allowed to call the API from a browser; empty (the default) turns CORS off.</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];

    /// <summary>Job runner limits.</summary>
    public JobRunnerOptions Jobs { get; init; } = new();

    /// <summary>File where a bootstrap admin key is written on a store without keys (null: do not write one).</summary>
    public string? BootstrapKeyFile { get; init; }

    /// <summary>Whether the framework logs requests and lifecycle events to the console.</summary>
    public bool ConsoleLogging { get; init; } = true;
}
