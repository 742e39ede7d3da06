using Restake.Protocols.Restaking.EigenLayer;

namespace Restake.Sandbox.EigenLayer;

/// <summary>
/// Maps the symbolic names of a script to addresses and back. Fixed names: <c>outsider</c>, <c>tokenA</c>,
/// <c>tokenB</c>, <c>strategyA</c> &lt; <c>strategyB</c> (address order), <c>burnAddress</c>; JSON null is the zero address.
/// </summary>
public sealed class NameBook
{
    /// <summary>The two tokens, in order.</summary>
    public static readonly string[] TokenNames = ["tokenA", "tokenB"];

    /// <summary>The two strategies, in ascending address order; strategy i holds token i.</summary>
    public static readonly string[] StrategyNames = ["strategyA", "strategyB"];

    private readonly Dictionary<string, Address> _byName = new(StringComparer.Ordinal);

    /// <summary>Creates the book for a script's actors.</summary>
    public NameBook(IReadOnlyList<string> stakers, IReadOnlyList<string> operators, IReadOnlyList<string> avss)
    {
        Stakers = stakers.Select(Add).ToArray();
        Operators = operators.Select(Add).ToArray();
        Avss = avss.Select(Add).ToArray();
        Outsider = Add("outsider");
        Tokens = [Fixed(TokenNames[0], 0x2001), Fixed(TokenNames[1], 0x2002)];
        Strategies = [Fixed(StrategyNames[0], 0x3001), Fixed(StrategyNames[1], 0x3002)];
        _byName["burnAddress"] = EigenLayerCore.DefaultBurnAddress;
    }

    /// <summary>Stakers in script order.</summary>
    public IReadOnlyList<Address> Stakers { get; }

    /// <summary>Operators in script order.</summary>
    public IReadOnlyList<Address> Operators { get; }

    /// <summary>AVSs in script order.</summary>
    public IReadOnlyList<Address> Avss { get; }

    /// <summary>The account with no role.</summary>
    public Address Outsider { get; }

    /// <summary>tokenA, tokenB.</summary>
    public IReadOnlyList<Address> Tokens { get; }

    /// <summary>strategyA, strategyB.</summary>
    public IReadOnlyList<Address> Strategies { get; }

    /// <summary>Resolves a name; false when unknown.</summary>
    public bool TryResolve(string name, out Address address) => _byName.TryGetValue(name, out address);

    private Address Add(string name)
    {
        if (_byName.TryGetValue(name, out var existing)) return existing;
        var a = Address.Named(name, 0x1000UL + (ulong)_byName.Count);
        _byName[name] = a;
        return a;
    }

    private Address Fixed(string name, ulong order)
    {
        var a = Address.Named(name, order);
        _byName[name] = a;
        return a;
    }
}
