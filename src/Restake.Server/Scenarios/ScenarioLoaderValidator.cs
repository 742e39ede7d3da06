using Restake.Scenarios.Loading;

namespace Restake.Server.Scenarios;

/// <summary>
/// Validates scenario text with the scenario loader — the same checks as <c>restake run</c> — and reports the first
/// problem with its line, column and field path. Data files referenced by relative path are not looked up.
/// </summary>
public sealed class ScenarioLoaderValidator : IScenarioValidator
{
    /// <summary>The name the text goes by in messages.</summary>
    public const string SourceName = "scenario.yaml";

    /// <inheritdoc />
    public ScenarioValidation Validate(string yaml)
    {
        if (string.IsNullOrWhiteSpace(yaml))
            return new(false, null, [new Problems.ValidationMessage("yaml", "the scenario text is empty")]);
        try
        {
            var scenario = ScenarioLoader.Parse(yaml, SourceName);
            return new(true, scenario.Name, []);
        }
        catch (InputException e)
        {
            return new(false, null, [InputMessages.ToValidation(e, "yaml")]);
        }
    }
}
