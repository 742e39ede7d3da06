namespace Restake.Sandbox.Defi;

/// <summary>
/// Evaluates <see cref="DefiCase"/>s of one or more engine families by calling the exact protocol engines.
/// Implementations are discovered by reflection, one per engine family, each in its own file.
/// </summary>
public interface IDefiCaseEngine
{
    /// <summary>The <c>engine</c> names this evaluator handles (e.g. <c>curve-stableswap-ng</c>).</summary>
    IReadOnlyCollection<string> Engines { get; }

    /// <summary>
    /// Runs the case's call and returns every output field the README documents for that op, as decimal strings.
    /// A contract revert is a <see cref="Restake.Numerics.RevertException"/>; a malformed case is an
    /// <see cref="InputException"/> naming the file, case and field.
    /// </summary>
    IReadOnlyDictionary<string, string> Evaluate(DefiCase testCase);
}
