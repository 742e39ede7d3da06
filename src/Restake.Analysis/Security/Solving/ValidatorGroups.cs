namespace Restake.Analysis.Security.Solving;

/// <summary>
/// Pooled-model validators merged by the set of candidate services they secure. Within a group only the total stake
/// taken matters (it is both the cost and the weight added to every service of the group), so a group becomes one
/// item whose value ranges over the exact subset sums of its members' stakes; a chosen sum maps back to members.
/// </summary>
public sealed class ValidatorGroups
{
    /// <summary>Largest DP size (parts × total) merged; bigger groups stay as one binary per validator.</summary>
    private const long MaxDpBits = 1L << 28;

    /// <summary>Groups <paramref name="validators"/> (each with its stake and its candidate services, sorted).</summary>
    public ValidatorGroups(IEnumerable<(int Validator, long Stake, int[] Services)> validators)
    {
        var byKey = new Dictionary<string, List<(int V, long Stake, int[] Services)>>(StringComparer.Ordinal);
        foreach (var item in validators)
        {
            if (item.Stake <= 0 || item.Services.Length == 0) continue; // secures nothing we may attack: never worth paying
            var key = string.Join(',', item.Services);
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
            list.Add(item);
        }

        foreach (var list in byKey.Values)
        {
            // Largest first: Realise then prefers few, large members (any subset with the sum is equally good).
            var members = list.OrderByDescending(m => m.Stake).ThenBy(m => m.V).ToArray();
            var total = members.Sum(m => m.Stake);
            var mergeable = members.Length > 1 && total <= SubsetSums.MaxTotal && members.Length * total <= MaxDpBits;
            if (mergeable)
                Groups.Add(new ValidatorGroup(members.Select(m => m.V).ToArray(), members[0].Services, new SubsetSums(members.Select(m => m.Stake).ToArray())));
            else
                foreach (var m in members) Groups.Add(new ValidatorGroup([m.V], m.Services, null, m.Stake));
        }
    }

    /// <summary>The groups (a single validator when not merged).</summary>
    public List<ValidatorGroup> Groups { get; } = [];
}

/// <summary>Validators with the same candidate services; <see cref="Sums"/> is null for a single validator.</summary>
public sealed record ValidatorGroup(int[] Members, int[] Services, SubsetSums? Sums, long SingleStake = 0)
{
    /// <summary>Validators whose stakes add up to <paramref name="value"/> (for a single validator: 0 or 1).</summary>
    public IEnumerable<int> Chosen(long value) =>
        Sums is null ? (value != 0 ? Members : []) : Sums.Realise(value).Select(k => Members[k]);

    /// <summary>The item's value for a coalition: the stake it takes from this group (for a single validator: 0 or 1).</summary>
    public long ValueOf(IReadOnlySet<int> coalition) =>
        Sums is null ? (coalition.Contains(Members[0]) ? 1 : 0) : Members.Select((v, k) => coalition.Contains(v) ? Sums.Parts[k] : 0).Sum();
}
