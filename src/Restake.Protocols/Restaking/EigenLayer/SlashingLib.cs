using Restake.Numerics;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>
/// The share math of EigenLayer's <c>SlashingLib</c>: deposit scaling factor updates, withdrawable shares, slashed
/// amounts. All values are WAD-based integers; each function states its rounding.
/// </summary>
public static class SlashingLib
{
    /// <summary>1e18.</summary>
    public static readonly UInt256 WAD = Wad.One;

    /// <summary>The effective deposit scaling factor: a stored 0 means WAD.</summary>
    public static UInt256 ScalingFactor(UInt256 stored) => stored.IsZero ? WAD : stored;

    /// <summary>Withdrawable shares <c>mulWad(mulWad(s, k), sf)</c> — two floors, in that order.</summary>
    public static UInt256 CalcWithdrawable(UInt256 depositShares, UInt256 storedDsf, UInt256 slashingFactor) =>
        Wad.MulWad(Wad.MulWad(depositShares, ScalingFactor(storedDsf)), slashingFactor);

    /// <summary>Scaled shares stored in a queued withdrawal: <c>mulWad(x, k)</c> (floor).</summary>
    public static UInt256 ScaleForQueueWithdrawal(UInt256 depositShares, UInt256 storedDsf) =>
        Wad.MulWad(depositShares, ScalingFactor(storedDsf));

    /// <summary>Shares paid on completion: <c>mulWad(scaled, sf)</c> (floor).</summary>
    public static UInt256 ScaleForCompleteWithdrawal(UInt256 scaledShares, UInt256 slashingFactor) =>
        Wad.MulWad(scaledShares, slashingFactor);

    /// <summary>
    /// The new deposit scaling factor after adding shares (<c>SlashingLib.update</c>). With no previous shares,
    /// <c>k' = divWad(k, sf)</c>; otherwise <c>k' = divWad(divWad(cur + added, prev + added), sf)</c>, both floors.
    /// Reverts <c>InvalidDepositScalingFactor</c> when the result is 0.
    /// </summary>
    public static UInt256 UpdateDepositScalingFactor(UInt256 storedDsf, UInt256 prevDepositShares, UInt256 addedShares, UInt256 slashingFactor)
    {
        UInt256 next;
        if (prevDepositShares.IsZero)
        {
            next = Wad.DivWad(ScalingFactor(storedDsf), slashingFactor);
        }
        else
        {
            var current = CalcWithdrawable(prevDepositShares, storedDsf, slashingFactor);
            next = Wad.DivWad(Wad.DivWad(current + addedShares, prevDepositShares + addedShares), slashingFactor);
        }

        if (next.IsZero) throw new RevertException(Errors.InvalidDepositScalingFactor);
        return next;
    }

    /// <summary>
    /// <c>calcSlashedAmount</c>: <c>x − mulDivUp(x, newMax, prevMax)</c>, i.e. the remainder rounds up and the slashed
    /// part rounds down.
    /// </summary>
    public static UInt256 CalcSlashedAmount(UInt256 shares, UInt256 prevMaxMagnitude, UInt256 newMaxMagnitude) =>
        shares - UInt256.MulDiv(shares, newMaxMagnitude, prevMaxMagnitude, Rounding.Up);

    /// <summary>Beacon-chain slashing factor: <c>mulWad(m, l)</c> (floor; may reach 0 for tiny factors).</summary>
    public static UInt256 BeaconSlashingFactor(UInt256 maxMagnitude, UInt256 beaconChainSlashingFactor) =>
        Wad.MulWad(maxMagnitude, beaconChainSlashingFactor);
}
