using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Restake.Server.Access;
using Restake.Server.Tests.Support;

namespace Restake.Server.Tests.Dashboard;

/// <summary>
/// Drives the dashboard in Debian's Chromium (headless) against a real server: every page is screenshotted and checked
/// for what a person would see — names, numbers, drawn charts, live progress and validation messages.
/// </summary>
public class DashboardBrowserTests : IAsyncLifetime
{
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
    private TestServer server = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private IPage page = null!;
    private HttpClient api = null!;
    private readonly List<string> console = [];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Shots);
        server = await TestServer.StartAsync();
        api = server.Client(await server.KeyAsync(Role.Analyst));
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });
        page.SetDefaultTimeout(20_000);
        page.Console += (_, m) => console.Add($"{m.Type}: {m.Text}");
        page.PageError += (_, e) => console.Add($"error: {e}");
    }

    public async Task DisposeAsync()
    {
        // Whatever the outcome, the last screen and the browser console are kept for inspection.
        await Shot("last-" + Guid.NewGuid().ToString("N")[..6]);
        await File.WriteAllLinesAsync(Path.Combine(Shots, "console.log"), console);
        await browser.DisposeAsync();
        playwright.Dispose();
        await server.DisposeAsync();
    }

    private async Task SignIn(string? key = null)
    {
        await page.GotoAsync($"{server.BaseUrl}/#key={key ?? server.AdminKey}");
        await page.Locator("#who").Filter(new() { HasTextRegex = new Regex("admin|analyst|viewer") }).WaitForAsync();
    }

    private Task Shot(string name) => page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png"), FullPage = true });

    private async Task<string> SubmitRun(string yaml, long seed, long paths)
    {
        var r = await api.PostAsync("/api/runs", TestServer.Json(new { scenarioYaml = yaml, seed, paths, mode = RandomWalkExecutor.Name }));
        return (string)(await TestServer.ReadObject(r))["id"]!;
    }

    [Fact]
    public async Task Scenario_editor_lists_scenarios_and_shows_validation_messages_with_lines()
    {
        await api.PostAsync("/api/scenarios", TestServer.Json(new { yaml = TestScenarios.World("Mainnet baseline") }));
        await SignIn();
        await page.Locator("#scenario-list").GetByText("Mainnet baseline").WaitForAsync();
        await page.GetByText("Mainnet baseline").ClickAsync();
        await page.Locator("#validation").GetByText("Valid scenario").WaitForAsync();
        Assert.Contains("horizonDays: 60", await page.Locator("#scenario-yaml").InputValueAsync());
        await Shot("scenarios");

        await page.Locator("#scenario-yaml").FillAsync(TestScenarios.World("broken").Replace("leverage: 4", "leverage: lots", StringComparison.Ordinal));
        await page.Locator("#validate").ClickAsync();
        var error = page.Locator("#validation li.error");
        await error.WaitForAsync();
        Assert.Matches(@"^line \d+: strategies\[1\]\.leverage: ", await error.InnerTextAsync());
        await Shot("scenario-invalid");

        // Saving invalid text is refused and the stored version does not move.
        await page.Locator("#save").ClickAsync();
        await page.Locator("#editor-status .problem").WaitForAsync();
        var stored = (await api.GetFromJsonAsync<JsonArray>("/api/scenarios"))!;
        Assert.Equal(1, (long)stored[0]!["latestVersion"]!);
    }

    [Fact]
    public async Task Run_page_shows_live_progress_while_a_run_is_going()
    {
        var id = await SubmitRun("name: Slow walk\nsteps: 24\nbatchSize: 100\ndelayMs: 120\n", 1, 3000);
        await SignIn();
        await page.GotoAsync($"{server.BaseUrl}/#/runs/{id}");
        await page.Locator("#run-head").WaitForAsync();
        // Live progress: a partly done run is visible before it finishes.
        await page.Locator(".progress small").Filter(new() { HasTextRegex = new Regex(@"^([1-9]|[12]\d)/30 batches") }).WaitForAsync();
        await Shot("run-progress");
        await page.Locator("#run-status").Filter(new() { HasText = "succeeded" }).WaitForAsync(new() { Timeout = 60_000 });
        await page.Locator("svg[data-chart=fan]").WaitForAsync();
    }

    [Fact]
    public async Task Scenario_run_submitted_from_the_editor_shows_its_charts_and_numbers()
    {
        await api.PostAsync("/api/scenarios", TestServer.Json(new { yaml = TestScenarios.World("Mainnet baseline") }));
        await SignIn();
        await page.GetByText("Mainnet baseline").ClickAsync();
        await page.Locator("#run-mode").SelectOptionAsync("fast");
        await page.Locator("#run-paths").FillAsync("6000");
        await page.Locator("#submit-run").ClickAsync();
        await page.Locator("#run-head").WaitForAsync();
        Assert.Matches("#/runs/run_", page.Url);
        await page.Locator("#run-status").Filter(new() { HasText = "succeeded" }).WaitForAsync(new() { Timeout = 120_000 });
        await page.Locator("svg[data-chart=fan]").WaitForAsync();
        await Shot("run-results");

        var bars = page.Locator("svg[data-chart=loss-distribution] rect.hist-bar");
        Assert.Equal(40, await bars.CountAsync());
        var heights = await bars.EvaluateAllAsync<double[]>("rs => rs.map(r => r.getBBox().height)");
        Assert.True(heights.Count(x => x > 0) >= 3, "the histogram draws bars");
        Assert.Equal(2, await page.Locator("svg[data-chart=fan] path.band").CountAsync());
        var median = await page.Locator("svg[data-chart=fan] path.median").GetAttributeAsync("d");
        Assert.Equal(61, median!.Split('L').Length); // one point per day 0..60
        Assert.True(await page.Locator("svg[data-chart=yield-stack] rect.segment").CountAsync() >= 2);
        var metrics = await page.Locator("#metrics").InnerTextAsync();
        Assert.Matches(@"hold-ezeth\.apy\s+-?\d", metrics);
        Assert.Matches(@"loop-ezeth\.loss\.var99\s+-?\d", metrics);
        Assert.Contains("6,000 paths", await page.Locator("#results").InnerTextAsync());
        var security = await page.Locator("#security").InnerTextAsync();
        Assert.Contains("network", security);
        Assert.Contains("operatorConcentration", security);

        // Every strategy has its own charts: switching redraws them with that strategy's paths.
        var options = await page.Locator("#strategy option").AllInnerTextsAsync();
        Assert.Equal("hold-ezeth", options[0]);
        Assert.Contains("loop-ezeth", options);
        await page.Locator("#strategy").SelectOptionAsync("loop-ezeth");
        await page.Locator("h2", new() { HasText = "Fan chart — loop-ezeth" }).WaitForAsync();
        Assert.NotEqual(median, await page.Locator("svg[data-chart=fan] path.median").GetAttributeAsync("d"));
        Assert.Equal(40, await page.Locator("svg[data-chart=loss-distribution] rect.hist-bar").CountAsync());
    }

    [Fact]
    public async Task Runs_page_lists_runs_with_status_and_progress_and_compare_overlays_their_losses()
    {
        var a = await SubmitRun("steps: 10\n", 1, 800);
        var b = await SubmitRun("steps: 10\n", 2, 800);
        await TestServer.WaitForRun(api, a);
        await TestServer.WaitForRun(api, b);
        await SignIn();
        await page.GotoAsync($"{server.BaseUrl}/#/runs");
        await page.Locator($"tr[data-run={a}] .status").Filter(new() { HasText = "succeeded" }).WaitForAsync();
        Assert.Contains("8/8 batches · 100%", await page.Locator($"tr[data-run={b}]").InnerTextAsync());
        await Shot("runs");

        await page.Locator($"tr[data-run={a}] input[type=checkbox]").CheckAsync();
        await page.Locator($"tr[data-run={b}] input[type=checkbox]").CheckAsync();
        await page.Locator("#compare-selected").ClickAsync();
        await page.Locator("#compare-table").WaitForAsync();
        await Shot("compare");
        Assert.Equal(2, await page.Locator("svg[data-chart=loss-cdf] path.cdf-line").CountAsync());
        var row = await page.Locator("#compare-table tr", new() { HasText = "loss.mean" }).InnerTextAsync();
        Assert.Equal(2, Regex.Matches(row, @"0\.\d+").Count);
    }

    [Fact]
    public async Task Security_page_and_api_reference_render()
    {
        await SignIn();
        await page.GotoAsync($"{server.BaseUrl}/#/security");
        await page.Locator("h1", new() { HasText = "Security analyses" }).WaitForAsync();
        await Shot("security");

        await page.GotoAsync($"{server.BaseUrl}/reference");
        await page.GetByText("Restake API").First.WaitForAsync(new() { Timeout = 30_000 });
        await page.GetByText("/api/runs/{id}/summary").First.WaitForAsync();
        await Shot("reference");
    }

    [Fact]
    public async Task Viewer_key_sees_results_but_a_wrong_key_is_sent_back_to_sign_in()
    {
        var id = await SubmitRun("steps: 5\n", 3, 200);
        await TestServer.WaitForRun(api, id);
        await SignIn(await server.KeyAsync(Role.Viewer));
        await page.GotoAsync($"{server.BaseUrl}/#/runs/{id}");
        await page.Locator("#metrics").WaitForAsync();
        Assert.Contains("viewer", await page.Locator("#who").InnerTextAsync());

        await page.GotoAsync($"{server.BaseUrl}/#key=rk_not_a_key");
        await page.GetByText("Sign in").First.WaitForAsync();
        await Shot("sign-in");
    }
}
