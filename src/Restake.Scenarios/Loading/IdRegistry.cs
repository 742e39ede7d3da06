using YamlDotNet.RepresentationModel;

namespace Restake.Scenarios.Loading;

/// <summary>The ids of one kind of entity seen so far: duplicates and dangling references are errors at their position.</summary>
internal sealed class IdRegistry(YamlErrors errors, string kind)
{
    private readonly List<string> _ids = [];

    public IReadOnlyList<string> Ids => _ids;

    public void Add(string id, YamlNode node, string path)
    {
        if (_ids.Contains(id, StringComparer.Ordinal)) throw errors.At(node, path, $"duplicate {kind} id \"{id}\"");
        _ids.Add(id);
    }

    public bool Contains(string id) => _ids.Contains(id, StringComparer.Ordinal);

    /// <summary>Checks that <paramref name="id"/> (read from <paramref name="node"/>) names a known entity.</summary>
    public string Require(string id, YamlNode node, string path)
    {
        if (Contains(id)) return id;
        var known = _ids.Count == 0 ? "none are defined" : $"expected one of: {string.Join(", ", _ids.Take(20))}{(_ids.Count > 20 ? ", …" : "")}";
        throw errors.At(node, path, $"unknown {kind} \"{id}\" ({known})");
    }
}
