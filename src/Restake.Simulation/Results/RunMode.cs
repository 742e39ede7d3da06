namespace Restake.Simulation.Results;

/// <summary>Which of the two equivalent paths through a scenario a run takes.</summary>
public enum RunMode
{
    /// <summary>Doubles in structure-of-arrays form, vectorised and parallel: the default for large runs.</summary>
    Fast,

    /// <summary>Drives the exact integer protocol engines: validation and small runs.</summary>
    Exact,
}
