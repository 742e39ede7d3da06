namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>An operator set <c>(avs, id)</c>; its text form is <c>avs/id</c>.</summary>
public readonly record struct OperatorSet(Address Avs, uint Id)
{
    /// <inheritdoc />
    public override string ToString() => $"{Avs.Name}/{Id}";
}
