using Restake.Numerics;

namespace Restake.Analysis.Security;

/// <summary>A shock size ψ as written in the file (kept for keying answers) and its exact value.</summary>
public readonly record struct ShockQuery(string Text, Rational Value);

/// <summary>Answers a network file asserts; absent fields are null and not checked.</summary>
public sealed record SecurityExpectation(
    bool? Secure,
    Rational? MaxProfit,
    Rational? GammaStar,
    Rational? GammaCert,
    IReadOnlyList<(ShockQuery Shock, Rational Loss)> WorstLoss);

/// <summary>A network file: the network, the shock sizes it asks about, and the answers it expects (if any).</summary>
public sealed record SecurityCase(string File, RestakingNetwork Network, IReadOnlyList<ShockQuery> Shocks, SecurityExpectation? Expect);
