namespace Restake.Sandbox.EigenLayer.Bench;

/// <summary>Sizes of the <see cref="EigenLayerBench"/> measurements.</summary>
public sealed record EigenLayerBenchOptions
{
    /// <summary>The folder of recorded vectors (<c>*.json</c>) to replay.</summary>
    public required string VectorsDirectory { get; init; }

    /// <summary>Timed replays of every vector.</summary>
    public int ReplayRounds { get; init; } = 5;

    /// <summary>Timed deposits by delegated stakers.</summary>
    public int Deposits { get; init; } = 500_000;

    /// <summary>Timed calls of the mixed workload.</summary>
    public int MixedOps { get; init; } = 200_000;

    /// <summary>Timed slashes per world size.</summary>
    public int Slashes { get; init; } = 50_000;

    /// <summary>Delegated stakers of the large slashing world.</summary>
    public int LargeStakers { get; init; } = 100_000;
}
