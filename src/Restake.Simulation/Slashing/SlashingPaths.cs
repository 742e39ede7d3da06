using Restake.Numerics.Random;

namespace Restake.Simulation.Slashing;

/// <summary>
/// The NAV of each path in a range, for callers that run the workload in their own batches (the server's job runner).
/// Each path uses its own stream keyed by (seed, path), so any partition of the paths gives the same values as
/// <see cref="SlashingMonteCarlo"/>.
/// </summary>
public static class SlashingPaths
{
    /// <summary>NAVs of paths <c>[firstPath, firstPath + count)</c>, checking <paramref name="ct"/> between paths.</summary>
    public static double[] Navs(SlashingInstance instance, ulong seed, long firstPath, int count, CancellationToken ct = default)
    {
        var model = new SlashingModel(instance);
        var stream = new RandomStream(seed, 0, SlashingKernel.Process);
        var stake = new double[model.Weights.Length];
        var nav = new double[count];
        for (var i = 0; i < count; i++)
        {
            if ((i & 255) == 0) ct.ThrowIfCancellationRequested();
            stream.Reset(new StreamKey(seed, (ulong)(firstPath + i), SlashingKernel.Process));
            nav[i] = SlashingKernel.Path(model, stream, stake);
        }

        return nav;
    }
}
