using Restake.Scenarios.Model;

namespace Restake.Reports.Bands;

/// <summary>Whether a figure lies in its expected band, or could not be measured by the run at hand.</summary>
public enum BandStatus
{
    /// <summary>The figure lies in [min, max].</summary>
    Inside,

    /// <summary>The figure lies outside the band.</summary>
    Outside,

    /// <summary>The run does not report this figure (e.g. a token no pool trades, or a strategy without a loan).</summary>
    NotMeasured,
}

/// <summary>One expected band with the figure found (null when not measured) and the verdict.</summary>
public sealed record BandOutcome(ExpectedBand Band, double? Value, BandStatus Status)
{
    /// <summary>Builds the outcome of <paramref name="band"/> for <paramref name="value"/>.</summary>
    public static BandOutcome Of(ExpectedBand band, double? value) =>
        new(band, value, value is not { } v ? BandStatus.NotMeasured : band.Contains(v) ? BandStatus.Inside : BandStatus.Outside);
}
