using Restake.Server.Problems;

namespace Restake.Server.Scenarios;

/// <summary>Scenario use cases shared by the CLI and the HTTP API: validate, create, read, update with versions, delete.</summary>
public sealed class ScenarioService(ScenarioStore store, IScenarioValidator validator)
{
    /// <summary>Largest accepted scenario text, in characters.</summary>
    public const int MaxYamlLength = 512 * 1024;

    /// <summary>Validates scenario text without storing it.</summary>
    public ScenarioValidation Validate(string? yaml)
    {
        if (yaml is null) throw new InvalidFieldException("yaml", "is required");
        if (yaml.Length > MaxYamlLength) throw new InvalidFieldException("yaml", $"is longer than {MaxYamlLength} characters");
        return validator.Validate(yaml);
    }

    /// <summary>Creates a scenario from valid text; the name defaults to the text's <c>name</c> field.</summary>
    public async Task<ScenarioDocument> CreateAsync(string? name, string? yaml, string actor, CancellationToken ct = default)
    {
        var (checkedYaml, resolvedName) = CheckForStore(name, yaml, null);
        return await store.CreateAsync(resolvedName, checkedYaml, actor, ct);
    }

    /// <summary>Every scenario.</summary>
    public Task<List<ScenarioInfo>> ListAsync(CancellationToken ct = default) => store.ListAsync(ct);

    /// <summary>A scenario with the text of <paramref name="version"/> (latest when null).</summary>
    public async Task<ScenarioDocument> GetAsync(string id, long? version = null, CancellationToken ct = default)
    {
        var info = await store.GetAsync(id, ct) ?? throw new NotFoundException("scenario", id);
        var v = await store.GetVersionAsync(id, version ?? info.LatestVersion, ct)
                ?? throw new NotFoundException("scenario version", $"{id}@{version}");
        return new(info, v);
    }

    /// <summary>Every version of a scenario, newest first.</summary>
    public async Task<List<ScenarioVersion>> VersionsAsync(string id, CancellationToken ct = default)
    {
        _ = await store.GetAsync(id, ct) ?? throw new NotFoundException("scenario", id);
        return await store.ListVersionsAsync(id, ct);
    }

    /// <summary>Stores new text as the next version; with <paramref name="expectedVersion"/> the update fails if another writer came first.</summary>
    public async Task<ScenarioDocument> UpdateAsync(string id, string? name, string? yaml, long? expectedVersion, string actor, CancellationToken ct = default)
    {
        var current = await store.GetAsync(id, ct) ?? throw new NotFoundException("scenario", id);
        var (checkedYaml, resolvedName) = CheckForStore(name, yaml, current.Name);
        var (doc, conflict) = await store.AppendVersionAsync(id, resolvedName, checkedYaml, expectedVersion, actor, ct);
        if (conflict is { } latest)
            throw new ConflictException($"the scenario is at version {latest}, not {expectedVersion}", "expectedVersion");
        return doc ?? throw new NotFoundException("scenario", id);
    }

    /// <summary>Deletes a scenario and its versions (runs keep their own copy of the text).</summary>
    public async Task DeleteAsync(string id, CancellationToken ct = default)
    {
        if (!await store.DeleteAsync(id, ct)) throw new NotFoundException("scenario", id);
    }

    private (string Yaml, string Name) CheckForStore(string? name, string? yaml, string? currentName)
    {
        var validation = Validate(yaml);
        if (!validation.Valid) throw new ValidationFailedException("yaml", validation.Messages);
        var resolved = string.IsNullOrWhiteSpace(name) ? validation.Name ?? currentName : name.Trim();
        if (string.IsNullOrWhiteSpace(resolved)) throw new InvalidFieldException("name", "is required (give it in the request or as the scenario's name field)");
        if (resolved.Length > 200) throw new InvalidFieldException("name", "is longer than 200 characters");
        return (yaml!, resolved);
    }
}
