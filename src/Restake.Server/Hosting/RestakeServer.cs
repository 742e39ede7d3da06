using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Restake.Server.Access;
using Restake.Server.Analyses;
using Restake.Server.Api;
using Restake.Server.Dashboard;
using Restake.Server.Problems;
using Restake.Server.Runs;
using Restake.Server.Scenarios;
using Restake.Server.Store;
using Scalar.AspNetCore;

namespace Restake.Server.Hosting;

/// <summary>Builds the Restake web application: store, application services, job runner, API, OpenAPI and dashboard.</summary>
public static class RestakeServer
{
    /// <summary>
    /// Opens the store (migrating it) and builds the application. <paramref name="configure"/> may add services, e.g.
    /// further <see cref="IRunExecutor"/>s; <paramref name="mapExtra"/> may add endpoints behind the same middleware.
    /// </summary>
    public static async Task<WebApplication> BuildAsync(ServerOptions options, Action<IServiceCollection>? configure = null,
        Action<WebApplication>? mapExtra = null, CancellationToken ct = default)
    {
        var db = await Database.OpenAsync(options.Database, ct);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.AddServerHeader = false;
        });
        builder.Logging.ClearProviders();
        if (options.ConsoleLogging) builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<JsonOptions>(o => ApiJson.Configure(o.SerializerOptions));
        builder.Services.AddSingleton(db);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.Jobs);
        AddApplicationServices(builder.Services);
        builder.Services.AddSingleton<JobRunner>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Restake API";
            doc.Info.Description = "Scenarios, Monte Carlo runs, security analyses, sandbox scripts and conformance runs. " +
                                   "Authenticate with an API key in the X-Api-Key header.";
            return Task.CompletedTask;
        }));
        if (options.CorsOrigins.Count > 0)
            builder.Services.AddCors(c => c.AddDefaultPolicy(p => p.WithOrigins([.. options.CorsOrigins]).AllowAnyHeader().AllowAnyMethod()));
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseMiddleware<ProblemMiddleware>();
        app.UseStatusCodePages(async ctx =>
        {
            var status = ctx.HttpContext.Response.StatusCode;
            // Statuses the framework sets itself (no route, wrong media type, body too large) still name the culprit.
            var field = status switch { 413 => "body", 415 => "Content-Type", _ => null };
            await ProblemWriter.WriteAsync(ctx.HttpContext, status, ProblemWriter.Title(status), null, field);
        });
        if (options.CorsOrigins.Count > 0) app.UseCors();
        app.UseRouting();
        app.UseMiddleware<AccessMiddleware>();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/reference", o => o.WithTitle("Restake API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        ApiEndpoints.Map(app);
        DashboardEndpoints.Map(app);
        mapExtra?.Invoke(app);
        return app;
    }

    /// <summary>Registers the application services the CLI and the API share (the store must already be registered).</summary>
    public static void AddApplicationServices(IServiceCollection services)
    {
        services.AddSingleton<ScenarioStore>();
        services.AddSingleton<IScenarioValidator, ScenarioLoaderValidator>();
        services.AddSingleton<ScenarioService>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<RunStore>();
        services.AddSingleton<RunExecutors>();
        services.AddSingleton<IRunExecutor, Runs.Modes.SlashingMonteCarloExecutor>();
        services.AddSingleton<IRunExecutor, Runs.Modes.FastScenarioExecutor>();
        services.AddSingleton<IRunExecutor, Runs.Modes.ExactScenarioExecutor>();
        services.AddSingleton<RunService>();
        services.AddSingleton<AnalysisStore>();
        services.AddSingleton<AnalysisService>();
        services.AddSingleton<IAnalysisHandler, SecurityAnalysisHandler>();
        services.AddSingleton<IAnalysisHandler, SandboxScriptHandler>();
        services.AddSingleton<IAnalysisHandler, ConformanceRunHandler>();
    }

    /// <summary>On a store without keys, issues an admin key and writes it to the bootstrap file; returns it, or null.</summary>
    public static async Task<IssuedApiKey?> BootstrapAsync(WebApplication app, CancellationToken ct = default)
    {
        var options = app.Services.GetRequiredService<ServerOptions>();
        var issued = await app.Services.GetRequiredService<ApiKeyService>().BootstrapAdminAsync(ct);
        if (issued is not null && options.BootstrapKeyFile is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            await File.WriteAllTextAsync(file, issued.Secret + "\n", ct);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return issued;
    }
}
