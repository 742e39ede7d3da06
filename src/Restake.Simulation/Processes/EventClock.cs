using Restake.Numerics.Random;

namespace Restake.Simulation.Processes;

/// <summary>
/// When a constant-hazard event next happens, by geometric skipping over the full steps (one draw per event, not
/// per step) and one Bernoulli draw for a shorter last step. Each clock reads its own stream in step order, so the
/// events of a path do not depend on anything else.
/// </summary>
public struct EventClock
{
    private readonly double _qFull;
    private readonly double _qLast;
    private readonly int _fullSteps;
    private readonly int _steps;
    private int _next;

    /// <summary>A clock with per-step probability <paramref name="qFull"/> on full steps and <paramref name="qLast"/> on a cut last step.</summary>
    public EventClock(double qFull, double qLast, int steps, bool lastIsFull, RandomStream stream)
    {
        _qFull = qFull;
        _qLast = qLast;
        _steps = steps;
        _fullSteps = lastIsFull ? steps : steps - 1;
        _next = -1;
        _next = Draw(0, stream);
    }

    /// <summary>True when the event happens at <paramref name="step"/>; steps must be asked in increasing order.</summary>
    public bool Fires(int step, RandomStream stream)
    {
        if (step < _fullSteps)
        {
            if (_next != step) return false;
            _next = Draw(step + 1, stream);
            return true;
        }

        return _qLast > 0 && stream.NextDouble() < _qLast;
    }

    private int Draw(int from, RandomStream stream)
    {
        if (_qFull <= 0 || from >= _fullSteps) return int.MaxValue;
        var skip = stream.NextGeometric(Math.Min(_qFull, 1));
        return skip >= _fullSteps - from ? int.MaxValue : from + (int)skip;
    }

    /// <summary>Number of steps of the run.</summary>
    public readonly int Steps => _steps;
}
