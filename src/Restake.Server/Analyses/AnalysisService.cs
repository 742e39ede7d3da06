using System.Text.Json.Nodes;
using Restake.Server.Problems;
using Restake.Server.Store;

namespace Restake.Server.Analyses;

/// <summary>
/// Runs and stores analyses of every registered kind. Work is CPU-bound and bounded by a semaphore so a burst of
/// requests cannot starve the job runner; inputs that fail are reported to the caller and not stored.
/// </summary>
public sealed class AnalysisService(AnalysisStore store, IEnumerable<IAnalysisHandler> handlers)
{
    private readonly Dictionary<string, IAnalysisHandler> byKind = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);
    private readonly SemaphoreSlim slots = new(Math.Max(1, Environment.ProcessorCount), Math.Max(1, Environment.ProcessorCount));

    /// <summary>Every registered kind.</summary>
    public IReadOnlyList<IAnalysisHandler> Kinds => [.. byKind.Values.OrderBy(h => h.Kind, StringComparer.Ordinal)];

    /// <summary>Runs an analysis and stores it with its result.</summary>
    public async Task<AnalysisRecord> RunAsync(string kind, JsonObject request, string actor, CancellationToken ct = default)
    {
        var handler = Handler(kind);
        var name = request["name"] is JsonValue v && v.TryGetValue<string>(out var n) ? n : null;
        if (request["name"] is not null && name is null) throw new InvalidFieldException("name", "must be a string");
        await slots.WaitAsync(ct);
        AnalysisOutcome outcome;
        var started = DateTimeOffset.UtcNow;
        try
        {
            outcome = await Task.Run(() => handler.Run(request, ct), ct);
        }
        catch (InputException e)
        {
            // Handlers name the request field as the "file" of their input, so the message starts with it.
            var colon = e.Message.IndexOf(':');
            var field = colon > 0 && request.ContainsKey(e.Message[..colon]) ? e.Message[..colon] : "body";
            throw new ValidationFailedException(field, [new ValidationMessage(field, e.Message)]);
        }
        finally
        {
            slots.Release();
        }

        var record = new AnalysisRecord(Sql.NewId(kind[..Math.Min(3, kind.Length)]), kind, name ?? $"{kind} {started:yyyy-MM-dd HH:mm:ss}",
            "succeeded", outcome.Summary, outcome.Passed, request, outcome.Result, actor, started, DateTimeOffset.UtcNow);
        await store.InsertAsync(record, ct);
        return record;
    }

    /// <summary>One stored analysis with its input and result.</summary>
    public async Task<AnalysisRecord> GetAsync(string kind, string id, CancellationToken ct = default) =>
        await store.GetAsync(Handler(kind).Kind, id, ct) ?? throw new NotFoundException(kind, id);

    /// <summary>Recent analyses of a kind.</summary>
    public Task<List<AnalysisRecord>> ListAsync(string kind, int limit, CancellationToken ct = default) =>
        store.ListAsync(Handler(kind).Kind, Math.Clamp(limit, 1, 1000), ct);

    private IAnalysisHandler Handler(string kind) => byKind.GetValueOrDefault(kind) ?? throw new NotFoundException("analysis kind", kind);
}
