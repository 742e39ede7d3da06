using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer.State;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>A permission an appointee can hold: one function (by name) of one target contract.</summary>
public readonly record struct Permission(Address Target, string Selector);

/// <summary>
/// PermissionController: per-account admins (with pending admins) and appointees per (target, selector). An account
/// with no admins is its own admin; once an admin is accepted the account itself loses that power.
/// </summary>
public sealed class PermissionController : CoreContract
{
    private readonly JournaledMap<Address, Address[]> _admins;
    private readonly JournaledMap<Address, Address[]> _pendingAdmins;
    private readonly JournaledMap<(Address Account, Address Appointee), Permission[]> _appointeePermissions;
    private readonly JournaledMap<(Address Account, Permission Permission), Address[]> _permissionAppointees;

    internal PermissionController(EigenLayerCore core, Address self) : base(core, self)
    {
        _admins = new(core.Journal);
        _pendingAdmins = new(core.Journal);
        _appointeePermissions = new(core.Journal);
        _permissionAppointees = new(core.Journal);
    }

    /// <summary><c>isAdmin</c>: an admin, or the account itself while it has none.</summary>
    public bool IsAdmin(Address account, Address caller)
    {
        var admins = _admins[account];
        return admins is null || admins.Length == 0 ? caller == account : Array.IndexOf(admins, caller) >= 0;
    }

    /// <summary><c>isPendingAdmin</c>.</summary>
    public bool IsPendingAdmin(Address account, Address pending) => CowArray.Contains(_pendingAdmins[account], pending);

    /// <summary><c>getAdmins</c>: [account] when the account has no admins.</summary>
    public IReadOnlyList<Address> GetAdmins(Address account)
    {
        var admins = _admins[account];
        return admins is null || admins.Length == 0 ? [account] : admins;
    }

    /// <summary><c>getPendingAdmins</c>.</summary>
    public IReadOnlyList<Address> GetPendingAdmins(Address account) => _pendingAdmins[account] ?? [];

    /// <summary><c>canCall(account, caller, target, selector)</c>.</summary>
    public bool CanCall(Address account, Address caller, Address target, string selector) =>
        IsAdmin(account, caller) || CowArray.Contains(_appointeePermissions[(account, caller)], new Permission(target, selector));

    /// <summary><c>getAppointees(account, target, selector)</c>.</summary>
    public IReadOnlyList<Address> GetAppointees(Address account, Address target, string selector) =>
        _permissionAppointees[(account, new Permission(target, selector))] ?? [];

    /// <summary><c>getAppointeePermissions(account, appointee)</c>.</summary>
    public IReadOnlyList<Permission> GetAppointeePermissions(Address account, Address appointee) =>
        _appointeePermissions[(account, appointee)] ?? [];

    /// <summary><c>addPendingAdmin</c>: admin only; the new admin must accept.</summary>
    public void AddPendingAdmin(Address caller, Address account, Address admin)
    {
        using var tx = Journal.Begin();
        RequireAdmin(account, caller);
        if (CowArray.Contains(_admins[account], admin)) throw new RevertException(Errors.AdminAlreadySet);
        var added = CowArray.Add(_pendingAdmins[account], admin) ?? throw new RevertException(Errors.AdminAlreadyPending);
        _pendingAdmins.Set(account, added);
        tx.Commit();
    }

    /// <summary><c>removePendingAdmin</c>: admin only.</summary>
    public void RemovePendingAdmin(Address caller, Address account, Address admin)
    {
        using var tx = Journal.Begin();
        RequireAdmin(account, caller);
        var removed = CowArray.Remove(_pendingAdmins[account], admin) ?? throw new RevertException(Errors.AdminNotPending);
        _pendingAdmins.Set(account, removed);
        tx.Commit();
    }

    /// <summary><c>acceptAdmin</c>: the caller must be pending for <paramref name="account"/>.</summary>
    public void AcceptAdmin(Address caller, Address account)
    {
        using var tx = Journal.Begin();
        var removed = CowArray.Remove(_pendingAdmins[account], caller) ?? throw new RevertException(Errors.AdminNotPending);
        _pendingAdmins.Set(account, removed);
        var added = CowArray.Add(_admins[account], caller) ?? throw new RevertException(Errors.AdminAlreadySet);
        _admins.Set(account, added);
        tx.Commit();
    }

    /// <summary><c>removeAdmin</c>: admin only; the last admin cannot be removed.</summary>
    public void RemoveAdmin(Address caller, Address account, Address admin)
    {
        using var tx = Journal.Begin();
        RequireAdmin(account, caller);
        var admins = _admins[account];
        if (admins is null || admins.Length <= 1) throw new RevertException(Errors.CannotHaveZeroAdmins);
        var removed = CowArray.Remove(admins, admin) ?? throw new RevertException(Errors.AdminNotSet);
        _admins.Set(account, removed);
        tx.Commit();
    }

    /// <summary><c>setAppointee</c>: admin only.</summary>
    public void SetAppointee(Address caller, Address account, Address appointee, Address target, string selector)
    {
        using var tx = Journal.Begin();
        RequireAdmin(account, caller);
        var permission = new Permission(target, selector);
        var perms = CowArray.Add(_appointeePermissions[(account, appointee)], permission)
                    ?? throw new RevertException(Errors.AppointeeAlreadySet);
        _appointeePermissions.Set((account, appointee), perms);
        var appointees = CowArray.Add(_permissionAppointees[(account, permission)], appointee);
        if (appointees is not null) _permissionAppointees.Set((account, permission), appointees);
        tx.Commit();
    }

    /// <summary><c>removeAppointee</c>: admin only.</summary>
    public void RemoveAppointee(Address caller, Address account, Address appointee, Address target, string selector)
    {
        using var tx = Journal.Begin();
        RequireAdmin(account, caller);
        var permission = new Permission(target, selector);
        var perms = CowArray.Remove(_appointeePermissions[(account, appointee)], permission)
                    ?? throw new RevertException(Errors.AppointeeNotSet);
        _appointeePermissions.Set((account, appointee), perms);
        var appointees = CowArray.Remove(_permissionAppointees[(account, permission)], appointee);
        if (appointees is not null) _permissionAppointees.Set((account, permission), appointees);
        tx.Commit();
    }

    private void RequireAdmin(Address account, Address caller)
    {
        if (!IsAdmin(account, caller)) throw new RevertException(Errors.NotAdmin);
    }
}
