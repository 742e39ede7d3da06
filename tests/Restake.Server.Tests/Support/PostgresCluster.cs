using System.Diagnostics;
using Npgsql;

namespace Restake.Server.Tests.Support;

/// <summary>
/// A private PostgreSQL cluster for the test run: initdb into a temporary directory, started on a free loopback port
/// with trust authentication, stopped and removed when the test process exits. As root, the server runs as the
/// <c>postgres</c> system user (PostgreSQL refuses to run as root).
/// </summary>
public sealed class PostgresCluster
{
    private static readonly Lazy<PostgresCluster> Shared = new(() => Start(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly string directory;

    private PostgresCluster(string directory, int port)
    {
        this.directory = directory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The cluster shared by every test of this process.</summary>
    public static PostgresCluster Instance => Shared.Value;

    /// <summary>Connection string of a new, empty database.</summary>
    public string CreateDatabase()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        using var c = new NpgsqlConnection(ConnectionString("postgres"));
        c.Open();
        using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", c);
        cmd.ExecuteNonQuery();
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=40;Timeout=15";

    private static PostgresCluster Start()
    {
        var bin = FindBin();
        var root = Directory.CreateTempSubdirectory("restake-pg-").FullName;
        var data = Path.Combine(root, "data");
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", ["postgres:postgres", root], null);
        var port = FreePort.Next();
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"], asRoot ? "postgres" : null);
        var options = $"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off -c max_connections=200";
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(root, "log"), "-o", options, "-w", "-t", "60", "start"], asRoot ? "postgres" : null);
        var cluster = new PostgresCluster(root, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop(bin, asRoot);
        // The test host may be ended without running exit handlers; a watchdog stops the cluster when this process is gone.
        var stop = $"{(asRoot ? "runuser -u postgres -- " : "")}{Path.Combine(bin, "pg_ctl")} -D {data} -m immediate -w stop";
        var watchdog = new ProcessStartInfo("bash", ["-c", $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; {stop} >/dev/null 2>&1; rm -rf {root}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process.Start(watchdog)?.Dispose();
        return cluster;
    }

    private void Stop(string bin, bool asRoot)
    {
        try
        {
            Run(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(directory, "data"), "-m", "immediate", "-w", "stop"], asRoot ? "postgres" : null);
        }
        catch (InvalidOperationException)
        {
            // Already stopped; the directory is removed below either way.
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string FindBin()
    {
        var versions = Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [];
        var bin = versions.Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb")))
            .OrderByDescending(b => b, StringComparer.Ordinal).FirstOrDefault();
        return bin ?? throw new InvalidOperationException("PostgreSQL is not installed (expected /usr/lib/postgresql/*/bin/initdb); run ./test to install it");
    }

    private static void Run(string file, string[] args, string? asUser)
    {
        var psi = asUser is null ? new ProcessStartInfo(file) : new ProcessStartInfo("runuser", ["-u", asUser, "--", file]);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.WorkingDirectory = "/tmp";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000)) throw new InvalidOperationException($"{file} timed out");
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({p.ExitCode}): {stderr.Result}{stdout.Result}");
    }
}
