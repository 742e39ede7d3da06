namespace Restake.Server.Scenarios;

/// <summary>Checks scenario YAML text and reports every problem with its line and field.</summary>
public interface IScenarioValidator
{
    /// <summary>Validates <paramref name="yaml"/>; never throws for bad input.</summary>
    ScenarioValidation Validate(string yaml);
}
