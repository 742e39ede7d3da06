using Restake.Numerics;

namespace Restake.Sandbox.Defi.Engines;

/// <summary>Small conversions the staking evaluators share: u64 fields and output dictionaries.</summary>
internal static class StakingCaseValues
{
    /// <summary>A required uint256 read as u64 (lamports, validator counts); larger values name the field.</summary>
    public static ulong ToU64(this DefiCase c, UInt256 value, string field) =>
        value <= (UInt256)ulong.MaxValue ? (ulong)value : throw c.Bad(field, $"{value} does not fit in 64 bits");

    /// <summary>Output fields as decimal strings.</summary>
    public static IReadOnlyDictionary<string, string> Outputs(params (string Field, UInt256 Value)[] fields) =>
        fields.ToDictionary(f => f.Field, f => f.Value.ToString(), StringComparer.Ordinal);
}
