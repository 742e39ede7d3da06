using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer.State;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>
/// Common base of the core contracts: its own address, the world it lives in, a pause bitmap guarded by the pauser
/// roles, and the <c>PermissionControllerMixin</c> check.
/// </summary>
public abstract class CoreContract
{
    private readonly JournaledCell<ulong> _paused;

    /// <summary>Creates a contract at <paramref name="self"/>.</summary>
    protected CoreContract(EigenLayerCore core, Address self)
    {
        Core = core;
        Self = self;
        _paused = new JournaledCell<ulong>(core.Journal);
    }

    /// <summary>This contract's address.</summary>
    public Address Self { get; }

    /// <summary>The world (block, tokens, the other contracts).</summary>
    protected EigenLayerCore Core { get; }

    /// <summary>The shared undo journal.</summary>
    protected Journal Journal => Core.Journal;

    /// <summary>Current block number.</summary>
    protected long Block => Core.Block;

    /// <summary>The pause bitmap (<c>paused()</c>).</summary>
    public ulong PausedStatus => _paused.Value;

    /// <summary><c>paused(index)</c>.</summary>
    public bool IsPaused(int bit) => (_paused.Value & (1UL << bit)) != 0;

    /// <summary><c>pause(newPausedStatus)</c>: the pauser may only set more bits.</summary>
    public void Pause(Address caller, ulong newPausedStatus)
    {
        using var tx = Journal.Begin();
        if (!Core.IsPauser(caller)) throw new RevertException(Errors.OnlyPauser);
        if ((_paused.Value & newPausedStatus) != _paused.Value) throw new RevertException(Errors.InvalidNewPausedStatus);
        _paused.Set(newPausedStatus);
        tx.Commit();
    }

    /// <summary><c>unpause(newPausedStatus)</c>: the unpauser may only clear bits.</summary>
    public void Unpause(Address caller, ulong newPausedStatus)
    {
        using var tx = Journal.Begin();
        if (caller != Core.Unpauser) throw new RevertException(Errors.OnlyUnpauser);
        if ((~_paused.Value & ~newPausedStatus) != ~_paused.Value) throw new RevertException(Errors.InvalidNewPausedStatus);
        _paused.Set(newPausedStatus);
        tx.Commit();
    }

    /// <summary>The <c>onlyWhenNotPaused(bit)</c> modifier.</summary>
    protected void RequireNotPaused(int bit)
    {
        if (IsPaused(bit)) throw new RevertException(Errors.CurrentlyPaused);
    }

    /// <summary><c>_checkCanCall(account)</c> for function <paramref name="selector"/> of this contract.</summary>
    protected bool CanCall(Address account, Address caller, string selector) =>
        Core.PermissionController.CanCall(account, caller, Self, selector);

    /// <summary>The <c>checkCanCall(account)</c> modifier: reverts <c>InvalidPermissions</c>.</summary>
    protected void RequireCanCall(Address account, Address caller, string selector)
    {
        if (!CanCall(account, caller, selector)) throw new RevertException(Errors.InvalidPermissions);
    }
}
