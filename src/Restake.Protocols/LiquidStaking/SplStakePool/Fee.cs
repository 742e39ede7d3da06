namespace Restake.Protocols.LiquidStaking.SplStakePool;

/// <summary>An SPL stake-pool fee as numerator/denominator; <c>apply</c> floors, a zero denominator is no fee.</summary>
public readonly record struct Fee(ulong Numerator, ulong Denominator)
{
    public static Fee Zero => new(0, 0);

    /// <summary>⌊amount·numerator/denominator⌋ in u128.</summary>
    public ulong Apply(ulong amount) =>
        Denominator == 0 ? 0 : checked((ulong)((UInt128)amount * Numerator / Denominator));
}
