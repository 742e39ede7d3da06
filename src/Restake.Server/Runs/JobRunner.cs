using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Restake.Server.Runs;

/// <summary>
/// Executes queued runs on a fixed number of workers, batch by batch, storing each batch with the run's progress. On
/// start it picks up every unfinished run: a run interrupted mid-way resumes after its last stored batch, or fails
/// with the reason when it cannot continue. A shutdown leaves running runs as they are, to resume on the next start.
/// </summary>
public sealed class JobRunner(RunStore store, RunExecutors executors, JobRunnerOptions options, ILogger<JobRunner> log) : BackgroundService
{
    private readonly Channel<string> queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = false });
    private readonly ConcurrentDictionary<string, CancellationTokenSource> active = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource recovered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the runs left over from a previous process are queued again.</summary>
    public Task Recovered => recovered.Task;

    /// <summary>Queues a stored run for execution.</summary>
    public void Enqueue(string runId) => queue.Writer.TryWrite(runId);

    /// <summary>Stops a running run at its next check; the worker records it as cancelled.</summary>
    public void SignalCancel(string runId)
    {
        if (active.TryGetValue(runId, out var cts)) cts.Cancel();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var run in await store.ListUnfinishedAsync(stoppingToken))
            {
                if (run.Status == RunStatus.Running)
                    log.LogInformation("Resuming run {Run} after {Done}/{Total} batches", run.Id, run.BatchesDone, run.BatchesTotal);
                Enqueue(run.Id);
            }
        }
        finally
        {
            recovered.TrySetResult();
        }

        var workers = Enumerable.Range(0, Math.Max(1, options.Concurrency)).Select(_ => WorkAsync(stoppingToken)).ToArray();
        await Task.WhenAll(workers);
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var id in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await ProcessAsync(id, stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    log.LogError(e, "Run {Run} could not be processed", id);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ProcessAsync(string id, CancellationToken stoppingToken)
    {
        var run = await store.GetAsync(id, stoppingToken);
        if (run is null || run.IsFinished) return;
        if (run.CancelRequested)
        {
            await store.FinishAsync(id, RunStatus.Cancelled, null, "cancelled by request", stoppingToken);
            return;
        }

        var executor = executors.Find(run.Mode);
        if (executor is null)
        {
            await store.FinishAsync(id, RunStatus.Failed, null, $"the run mode '{run.Mode}' is not available on this server", stoppingToken);
            return;
        }

        var input = new RunInput(run.ScenarioYaml, run.Seed, run.Paths);
        RunPlan plan;
        try
        {
            plan = executor.Plan(input);
        }
        catch (InputException e)
        {
            await store.FinishAsync(id, RunStatus.Failed, null, e.Message, stoppingToken);
            return;
        }

        if (plan.BatchSize != run.BatchSize)
        {
            await store.FinishAsync(id, RunStatus.Failed, null,
                $"cannot resume: the mode now plans batches of {plan.BatchSize} paths, the run was started with {run.BatchSize}", stoppingToken);
            return;
        }

        if (!await store.MarkRunningAsync(id, stoppingToken)) return;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        active[id] = cts;
        try
        {
            // A cancel that arrived between the check above and registering the token source must not be lost.
            if ((await store.GetAsync(id, stoppingToken))?.CancelRequested == true) await cts.CancelAsync();
            await ExecuteBatchesAsync(run, executor, input, plan, cts.Token);
            var batches = (await store.BatchesAsync(id, stoppingToken)).Select(b => BatchCodec.Decode(b.Data)).ToList();
            var summary = executor.Summarize(input, plan, batches);
            await store.FinishAsync(id, RunStatus.Succeeded, BatchCodec.EncodeSummary(summary), null, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the run stays 'running' with its stored batches and resumes on the next start.
        }
        catch (OperationCanceledException)
        {
            await store.FinishAsync(id, RunStatus.Cancelled, null, "cancelled by request", CancellationToken.None);
        }
        catch (InputException e)
        {
            await store.FinishAsync(id, RunStatus.Failed, null, e.Message, CancellationToken.None);
        }
        catch (Exception e)
        {
            log.LogError(e, "Run {Run} failed", id);
            await store.FinishAsync(id, RunStatus.Failed, null, $"internal error: {e.GetType().Name}: {e.Message}", CancellationToken.None);
        }
        finally
        {
            active.TryRemove(id, out _);
        }
    }

    private async Task ExecuteBatchesAsync(RunRecord run, IRunExecutor executor, RunInput input, RunPlan plan, CancellationToken ct)
    {
        var done = await store.BatchIndicesAsync(run.Id, ct);
        for (long index = 0; index < run.BatchesTotal; index++)
        {
            if (done.Contains(index)) continue;
            ct.ThrowIfCancellationRequested();
            var first = index * run.BatchSize;
            var count = (int)Math.Min(run.BatchSize, run.Paths - first);
            var output = await Task.Run(() => executor.RunBatch(input, plan, first, count, ct), ct);
            if (output.Paths.Count != count)
                throw new InvalidOperationException($"mode '{run.Mode}' returned {output.Paths.Count} paths for a batch of {count}");
            if (!await store.CompleteBatchAsync(run.Id, index, first, count, BatchCodec.Encode(output), CancellationToken.None))
                throw new OperationCanceledException("the run left the running state");
        }
    }
}
