using Restake.Numerics;

namespace Restake.Protocols.Amm;

/// <summary>
/// The amplification coefficient of a StableSwap pool with its linear ramp (<c>_A</c>, <c>ramp_A</c>,
/// <c>stop_ramp_A</c>), in precise units (<c>A * A_PRECISION</c>). Identical in the 2020 and NG pools.
/// </summary>
public sealed class AmplificationSchedule
{
    /// <summary>MIN_RAMP_TIME: one day.</summary>
    public const ulong MinRampTime = 86_400;

    /// <summary>MAX_A: 10^6 (in A() units).</summary>
    public static readonly UInt256 MaxA = 1_000_000;

    /// <summary>MAX_A_CHANGE: a ramp may multiply or divide A by at most 10.</summary>
    public static readonly UInt256 MaxAChange = 10;

    /// <summary>Creates a schedule fixed at <paramref name="a"/> (A() units, i.e. before A_PRECISION).</summary>
    public AmplificationSchedule(UInt256 a)
    {
        InitialA = a * StableSwapMath.APrecision;
        FutureA = InitialA;
    }

    public UInt256 InitialA { get; private set; }
    public UInt256 FutureA { get; private set; }
    public ulong InitialATime { get; private set; }
    public ulong FutureATime { get; private set; }

    /// <summary><c>_A()</c> at time <paramref name="now"/>: linear between the ramp end points, truncating.</summary>
    public UInt256 APrecise(ulong now)
    {
        var t1 = FutureATime;
        var a1 = FutureA;
        if (now >= t1) return a1;
        var a0 = InitialA;
        var t0 = InitialATime;
        UInt256 elapsed = now - t0;
        UInt256 span = t1 - t0;
        return a1 > a0 ? a0 + (a1 - a0) * elapsed / span : a0 - (a0 - a1) * elapsed / span;
    }

    /// <summary><c>A()</c>: the precise value divided by A_PRECISION.</summary>
    public UInt256 A(ulong now) => APrecise(now) / StableSwapMath.APrecision;

    /// <summary><c>ramp_A(future_A, future_time)</c> at time <paramref name="now"/>.</summary>
    public void Ramp(UInt256 futureA, ulong futureTime, ulong now)
    {
        if (now < InitialATime + MinRampTime) throw new RevertException(CurveErrors.RampTooSoon);
        if (futureTime < now + MinRampTime) throw new RevertException(CurveErrors.InsufficientRampTime);
        var initial = APrecise(now);
        var futurePrecise = futureA * StableSwapMath.APrecision;
        if (futureA.IsZero || futureA >= MaxA) throw new RevertException(CurveErrors.FutureAOutOfRange);
        var withinChange = futurePrecise < initial
            ? futurePrecise * MaxAChange >= initial
            : futurePrecise <= initial * MaxAChange;
        if (!withinChange) throw new RevertException(CurveErrors.AChangeTooLarge);

        InitialA = initial;
        FutureA = futurePrecise;
        InitialATime = now;
        FutureATime = futureTime;
    }

    /// <summary><c>stop_ramp_A()</c>: freezes A at its current value.</summary>
    public void Stop(ulong now)
    {
        var current = APrecise(now);
        InitialA = current;
        FutureA = current;
        InitialATime = now;
        FutureATime = now;
    }
}
