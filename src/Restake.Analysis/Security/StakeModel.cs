namespace Restake.Analysis.Security;

/// <summary>How an attack is charged: the whole stake of every participant, or only the stake allocated to the attacked services.</summary>
public enum StakeModel
{
    /// <summary>Durvasula–Roughgarden: a participant in any attack loses its entire stake, once.</summary>
    Pooled,

    /// <summary>EigenLayer operator sets: each (validator, service) allocation is slashable only by that service.</summary>
    UniqueStake,
}

/// <summary>Text names of the stake models as used in network files and reports.</summary>
public static class StakeModelNames
{
    /// <summary>"pooled" or "unique-stake".</summary>
    public static string Name(this StakeModel model) => model == StakeModel.Pooled ? "pooled" : "unique-stake";

    /// <summary>Parses "pooled" / "unique-stake"; null when unknown.</summary>
    public static StakeModel? Parse(string? text) => text switch
    {
        null or "pooled" => StakeModel.Pooled,
        "unique-stake" or "unique" => StakeModel.UniqueStake,
        _ => null,
    };
}
