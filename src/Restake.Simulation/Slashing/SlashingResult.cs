namespace Restake.Simulation.Slashing;

/// <summary>
/// The benchmark's figures: NAV is the LRT's end value per unit start value. <see cref="Var99"/> = 1 − (1 % quantile of
/// NAV) and <see cref="Cvar99"/> = 1 − (mean NAV over the worst 1 % of paths); <see cref="Seconds"/> is the wall time of
/// simulation and statistics (file loading excluded).
/// </summary>
public sealed record SlashingResult(
    long Paths,
    double Seconds,
    double MeanNav,
    double StdErr,
    double ClosedFormMean,
    double PLoss,
    double Var99,
    double Cvar99);
