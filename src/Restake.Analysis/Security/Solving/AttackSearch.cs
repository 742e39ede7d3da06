namespace Restake.Analysis.Security.Solving;

/// <summary>
/// Primal heuristic for the pooled attack programs: local search over the attacked service set A (add or drop one
/// service), each set covered by a ratio greedy (stake still needed per unit of stake paid), pruned of members no
/// threshold needs and improved by one-member exchanges. Maximises profitWeight·π_A − costWeight·σ_B in exact integers;
/// its attacks are real attacking coalitions on G↓removed, so they serve as solver hints and objective lower bounds.
/// </summary>
public sealed class AttackSearch
{
    private readonly ScaledNetwork _n;
    private readonly int[] _services;         // candidate services
    private readonly bool[] _candidate;       // per service
    private readonly long[] _need;             // per service: ⌈α_s·W'_s⌉ in stake units
    private readonly int[][] _validatorsOf;    // per service: present validators, largest stake first
    private readonly int[][] _servicesOf;      // per validator: its candidate services
    private readonly long _profitWeight;
    private readonly long _costWeight;

    /// <summary>Prepares the search over <paramref name="services"/> on G↓<paramref name="removed"/>.</summary>
    public AttackSearch(ScaledNetwork n, IEnumerable<int> services, IReadOnlySet<int>? removed = null, long profitWeight = 1, long costWeight = 1)
    {
        if (n.Network.Model != StakeModel.Pooled) throw new ArgumentException("the search covers pooled networks");
        _n = n;
        removed ??= new HashSet<int>();
        var g = n.Network;
        _services = services.Distinct().Order().ToArray();
        _candidate = new bool[g.Services.Count];
        foreach (var s in _services) _candidate[s] = true;
        _need = new long[g.Services.Count];
        _validatorsOf = new int[g.Services.Count][];
        var servicesOf = Enumerable.Range(0, g.Validators.Count).Select(_ => new List<int>()).ToArray();
        foreach (var s in _services)
        {
            var present = g.Services[s].Edges.Where(e => !removed.Contains(e.Validator) && n.Stake[e.Validator] > 0).Select(e => e.Validator).Distinct().ToArray();
            Int128 total = present.Sum(v => n.Stake[v]); // all stakes together stay below 2^52
            _need[s] = (long)((n.ThresholdNum[s] * total + n.ThresholdDen[s] - 1) / n.ThresholdDen[s]);
            _validatorsOf[s] = present.OrderByDescending(v => n.Stake[v]).ThenBy(v => v).ToArray();
            foreach (var v in present) servicesOf[v].Add(s);
        }

        _servicesOf = servicesOf.Select(l => l.ToArray()).ToArray();
        _profitWeight = profitWeight;
        _costWeight = costWeight;
    }

    /// <summary>profitWeight·π_A − costWeight·σ_B of an attack (its services outside the candidates count for nothing).</summary>
    public Int128 Value(Attack attack) =>
        (Int128)_profitWeight * attack.Services.Where(s => _candidate[s]).Sum(s => _n.Profit[s])
        - (Int128)_costWeight * attack.Coalition.Distinct().Sum(v => _n.Stake[v]);

    /// <summary>The best attack found from the given starts (and from "all candidates") within <paramref name="budget"/> of CPU and wall time.</summary>
    public Attack Search(TimeSpan budget, params Attack[] starts) => Search(new SearchDeadline(budget, budget), starts);

    /// <summary>The best attack found from the given starts (and from "all candidates") before <paramref name="deadline"/>.</summary>
    public Attack Search(SearchDeadline deadline, params Attack[] starts)
    {
        var best = Attack.Empty;
        Int128 bestValue = 0;
        var startSets = new List<HashSet<int>> { _services.ToHashSet() };
        startSets.AddRange(starts.Select(a => a.Services.Where(s => _candidate[s]).ToHashSet()));
        foreach (var a in startSets)
        {
            if (deadline.Passed) break;
            var state = new State(this, a);
            state.Complete(-1);
            state.Prune();
            state.Climb(deadline);
            if (state.Value > bestValue) (best, bestValue) = (state.ToAttack(), state.Value);
        }

        return best;
    }

    /// <summary>A service set with a coalition covering it.</summary>
    private sealed class State
    {
        private readonly AttackSearch _s;
        private bool[] _inA;
        private bool[] _inB;
        private long[] _have;
        private Int128 _profit;
        private Int128 _cost;

        public State(AttackSearch s, HashSet<int> a)
        {
            _s = s;
            _inA = new bool[s._need.Length];
            _inB = new bool[s._servicesOf.Length];
            _have = new long[s._need.Length];
            foreach (var t in a)
            {
                _inA[t] = true;
                _profit += s._n.Profit[t];
            }
        }

        public Int128 Value => _s._profitWeight * _profit - _s._costWeight * _cost;

        public Attack ToAttack() => _profit == 0 ? Attack.Empty
            : Attack.Pooled(Enumerable.Range(0, _inA.Length).Where(t => _inA[t]), Enumerable.Range(0, _inB.Length).Where(v => _inB[v]));

        private long Stake(int v) => _s._n.Stake[v];

        private void Take(int v)
        {
            _inB[v] = true;
            _cost += Stake(v);
            foreach (var t in _s._servicesOf[v]) _have[t] += Stake(v);
        }

        private void Drop(int v)
        {
            _inB[v] = false;
            _cost -= Stake(v);
            foreach (var t in _s._servicesOf[v]) _have[t] -= Stake(v);
        }

        private double Score(int v)
        {
            long useful = 0;
            foreach (var t in _s._servicesOf[v])
                if (_inA[t] && _have[t] < _s._need[t]) useful += Math.Min(Stake(v), _s._need[t] - _have[t]);
            return useful / (double)Stake(v);
        }

        /// <summary>Adds validators (never <paramref name="banned"/>) by best useful-stake ratio until every threshold in A is met.</summary>
        public void Complete(int banned)
        {
            var heap = new PriorityQueue<int, double>();
            var seen = new HashSet<int>();
            foreach (var t in _s._services)
            {
                if (!_inA[t] || _have[t] >= _s._need[t]) continue;
                foreach (var v in _s._validatorsOf[t])
                    if (!_inB[v] && v != banned && seen.Add(v)) heap.Enqueue(v, -Score(v));
            }

            while (heap.TryDequeue(out var v, out var negScore))
            {
                var score = Score(v);
                if (score <= 0) continue;
                if (heap.TryPeek(out _, out var next) && score < -next - 1e-12)
                {
                    heap.Enqueue(v, -score);
                    continue;
                }

                _ = negScore;
                Take(v);
            }
        }

        public bool Covered()
        {
            foreach (var t in _s._services)
                if (_inA[t] && _have[t] < _s._need[t]) return false;
            return true;
        }

        /// <summary>Drops members no threshold in A needs, largest first (they save the most).</summary>
        public void Prune()
        {
            foreach (var v in Enumerable.Range(0, _inB.Length).Where(v => _inB[v]).OrderByDescending(Stake).ThenBy(v => v).ToArray())
            {
                var needed = false;
                foreach (var t in _s._servicesOf[v])
                    if (_inA[t] && _have[t] - Stake(v) < _s._need[t]) { needed = true; break; }
                if (!needed) Drop(v);
            }
        }

        /// <summary>Replaces single members by cheaper re-covers while that lowers the cost.</summary>
        public void Exchange(SearchDeadline deadline)
        {
            var improved = true;
            while (improved && !deadline.Passed)
            {
                improved = false;
                foreach (var v in Enumerable.Range(0, _inB.Length).Where(v => _inB[v]).OrderByDescending(Stake).ThenBy(v => v).ToArray())
                {
                    if (deadline.Passed) return;
                    if (!_inB[v]) continue;
                    var saved = Save();
                    Drop(v);
                    Complete(v);
                    Prune();
                    if (Covered() && _cost < saved.Cost) { improved = true; continue; }
                    Restore(saved);
                }
            }
        }

        /// <summary>Best-improvement hill climbing over adding or dropping one service, then exchanges, until stuck.</summary>
        public void Climb(SearchDeadline deadline)
        {
            while (!deadline.Passed)
            {
                var before = Value;
                while (!deadline.Passed)
                {
                    var start = Save();
                    var bestValue = Value;
                    var bestMove = -1;
                    foreach (var t in _s._services)
                    {
                        Toggle(t);
                        if (Value > bestValue) (bestValue, bestMove) = (Value, t);
                        Restore(start);
                    }

                    if (bestMove < 0) break;
                    Toggle(bestMove);
                }

                Exchange(deadline);
                if (Value <= before) return;
            }
        }

        /// <summary>Adds service t (covering it) or drops it (pruning members it alone needed).</summary>
        private void Toggle(int t)
        {
            _inA[t] = !_inA[t];
            _profit += _inA[t] ? _s._n.Profit[t] : -_s._n.Profit[t];
            if (_inA[t]) Complete(-1);
            Prune();
        }

        private (bool[] A, bool[] B, long[] Have, Int128 Profit, Int128 Cost) Save() =>
            ((bool[])_inA.Clone(), (bool[])_inB.Clone(), (long[])_have.Clone(), _profit, _cost);

        private void Restore((bool[] A, bool[] B, long[] Have, Int128 Profit, Int128 Cost) s) =>
            (_inA, _inB, _have, _profit, _cost) = ((bool[])s.A.Clone(), (bool[])s.B.Clone(), (long[])s.Have.Clone(), s.Profit, s.Cost);
    }
}
