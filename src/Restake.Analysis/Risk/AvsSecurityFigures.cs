namespace Restake.Analysis.Risk;

/// <summary>
/// Security of one AVS of the world (unique-stake model: allocated stake in USD at the starting ETH price): securing
/// stake, cost of corruption, profit from corruption, their ratio, Nakamoto coefficient and HHI of the securing stake.
/// </summary>
public sealed record AvsSecurityFigures(
    string Avs,
    double SecuringStakeUsd,
    double CostOfCorruptionUsd,
    double ProfitFromCorruptionUsd,
    double? CostToProfit,
    int NakamotoCoefficient,
    double? Hhi);

/// <summary>
/// The network's security: verdict (true/false when proven, null when undecided), the best attack's profit, and the
/// per-AVS figures.
/// </summary>
public sealed record NetworkSecurityFigures(bool? Secure, string Verdict, double MaxAttackProfitUsd, IReadOnlyList<AvsSecurityFigures> Avss);
