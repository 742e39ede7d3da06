namespace Restake.Server.Scenarios;

/// <summary>A stored scenario: its identity, display name and latest version number.</summary>
public sealed record ScenarioInfo(string Id, string Name, long LatestVersion, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string CreatedBy);

/// <summary>One immutable version of a scenario's YAML text.</summary>
public sealed record ScenarioVersion(string ScenarioId, long Version, string Yaml, DateTimeOffset CreatedAt, string CreatedBy);

/// <summary>A scenario with the text of one of its versions.</summary>
public sealed record ScenarioDocument(ScenarioInfo Info, ScenarioVersion Version);

/// <summary>The outcome of validating scenario text: the scenario's name when it has one, and every finding.</summary>
public sealed record ScenarioValidation(bool Valid, string? Name, IReadOnlyList<Problems.ValidationMessage> Messages);
