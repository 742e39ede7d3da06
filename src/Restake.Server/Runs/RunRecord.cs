namespace Restake.Server.Runs;

/// <summary>Where a run is in its life.</summary>
public enum RunStatus
{
    /// <summary>Waiting for a worker.</summary>
    Queued,

    /// <summary>A worker is executing its batches.</summary>
    Running,

    /// <summary>Every batch completed and the summary is stored.</summary>
    Succeeded,

    /// <summary>Stopped by an error; <see cref="RunRecord.Error"/> says why.</summary>
    Failed,

    /// <summary>Stopped at the caller's request.</summary>
    Cancelled,
}

/// <summary>A stored run: what was asked, how far it got and, when finished, its summary (JSON).</summary>
public sealed record RunRecord(
    string Id,
    string Mode,
    string? ScenarioId,
    long? ScenarioVersion,
    string ScenarioYaml,
    long Seed,
    long Paths,
    long BatchSize,
    long BatchesTotal,
    long BatchesDone,
    long PathsDone,
    RunStatus Status,
    bool CancelRequested,
    string? Error,
    string? SummaryJson,
    string SubmittedBy,
    string? IdempotencyKey,
    string RequestHash,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    long Resumed)
{
    /// <summary>True once the run can change no more.</summary>
    public bool IsFinished => Status is RunStatus.Succeeded or RunStatus.Failed or RunStatus.Cancelled;
}

/// <summary>One stored batch: its place in the run and its serialized <see cref="BatchOutput"/>.</summary>
public sealed record StoredBatch(long Index, long FirstPath, long PathCount, string Data);
