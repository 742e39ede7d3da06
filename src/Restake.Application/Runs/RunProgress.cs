namespace Restake.Application.Runs;

/// <summary>Progress of a run after a batch: batches and paths done out of the total.</summary>
public readonly record struct RunProgress(int BatchesDone, int Batches, long PathsDone, long Paths);
