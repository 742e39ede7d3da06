using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Restake.Cli;

namespace Restake.Cli.Tests.Serve;

public class ServeCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = CliRunner.Run(CommandCatalog.Build(new System.CommandLine.RootCommand()), args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Theory]
    [InlineData("--db", "mysql:somewhere", "--db: expected sqlite:PATH or postgres:CONNECTION")]
    [InlineData("--concurrency", "0", "--concurrency: must be at least 1")]
    public void Bad_options_are_input_errors_naming_the_option(string option, string value, string message)
    {
        var (code, _, err) = Run("serve", option, value);
        Assert.Equal(CliRunner.InputError, code);
        Assert.Contains(message, err);
    }

    [Fact]
    public async Task Serve_on_a_fresh_data_directory_serves_the_api_and_dashboard_with_no_set_up()
    {
        var data = Directory.CreateTempSubdirectory("restake-serve-").FullName;
        int port;
        using (var l = new TcpListener(IPAddress.Loopback, 0))
        {
            l.Start();
            port = ((IPEndPoint)l.LocalEndpoint).Port;
        }

        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "restake.dll"), "serve", "--urls", $"http://127.0.0.1:{port}" })
            psi.ArgumentList.Add(a);
        psi.Environment["RESTAKE_DATA_DIR"] = data;
        using var p = Process.Start(psi)!;
        try
        {
            using var c = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var deadline = Environment.TickCount64 + 60_000;
            while (true)
            {
                try
                {
                    if ((await c.GetAsync("/api/health")).IsSuccessStatusCode) break;
                }
                catch (HttpRequestException)
                {
                }

                if (p.HasExited) Assert.Fail("serve exited: " + await p.StandardError.ReadToEndAsync());
                Assert.True(Environment.TickCount64 < deadline, "serve did not answer");
                await Task.Delay(100);
            }

            Assert.True(File.Exists(Path.Combine(data, "restake.db")));
            var key = (await File.ReadAllTextAsync(Path.Combine(data, "admin.key"))).Trim();
            Assert.StartsWith("rk_", key);
            Assert.Contains("Restake dashboard", await c.GetStringAsync("/"));
            Assert.Contains("\"openapi\"", await c.GetStringAsync("/openapi/v1.json"));
            c.DefaultRequestHeaders.Add("X-Api-Key", key);
            Assert.Contains("admin", await c.GetStringAsync("/api/me"));
        }
        finally
        {
            p.Kill();
            p.WaitForExit(10_000);
            Directory.Delete(data, recursive: true);
        }
    }
}
