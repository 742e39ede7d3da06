namespace Restake.Analysis.Risk;

/// <summary>
/// Concentration of stake over operators: Herfindahl–Hirschman index Σ s_i² of the shares (1/n … 1) and the Nakamoto
/// coefficient (fewest operators holding more than <see cref="NakamotoThreshold"/> of the stake).
/// </summary>
public sealed record ConcentrationFigures(int Operators, double Hhi, int NakamotoCoefficient, double NakamotoThreshold);
