using Restake.Numerics;
using Restake.Protocols.Restaking.EigenLayer.State;

namespace Restake.Protocols.Restaking.EigenLayer;

/// <summary>
/// The EigenLayer core deployment as one world: the contracts wired together, the token ledger, and an explicit block
/// number and timestamp (no hidden clock). Every external contract method is atomic on its own; <see cref="Execute{T}"/>
/// makes a group of calls atomic. A revert undoes exactly the writes of the call through the shared journal.
/// </summary>
public sealed class EigenLayerCore
{
    /// <summary>The virtual beacon-chain ETH strategy <c>0xbeaC0eeEeeeeEEeEeEEEEeeEEeEeeeEeeEEBEaC0</c>.</summary>
    public static readonly Address BeaconChainEthStrategy = Address.FromHex("0xbeaC0eeEeeeeEEeEeEEEEeeEEeEeeeEeeEEBEaC0", "beaconChainETHStrategy");

    /// <summary><c>DEFAULT_BURN_ADDRESS</c> <c>0x00000000000000000000000000000000000E16E4</c>.</summary>
    public static readonly Address DefaultBurnAddress = Address.FromHex("0x00000000000000000000000000000000000E16E4", "burnAddress");

    private readonly Dictionary<Address, StrategyBase> _strategies = new();
    private readonly Dictionary<Address, IAvsRegistrar> _registrars = new();

    /// <summary>Deploys fresh core contracts at <paramref name="startBlock"/> owned by <paramref name="owner"/>
    /// (pauser, unpauser, strategy whitelister and rewards updater).</summary>
    public EigenLayerCore(EigenLayerConfig? config = null, Address? owner = null, long startBlock = 0, ulong startTimestamp = 0)
    {
        Config = config ?? EigenLayerConfig.Mainnet;
        Owner = owner ?? Address.FromHex("0x000000000000000000000000000000000000dEaD", "owner");
        Unpauser = Owner;
        Block = startBlock;
        Timestamp = startTimestamp;
        Journal = new Journal();
        Tokens = new Erc20Ledger(Journal);
        PermissionController = new PermissionController(this, Address.FromHex("0x25E5F8B1E7aDf44518d35D5B2271f114e081f0E5", "PermissionController"));
        StrategyManager = new StrategyManager(this, Address.FromHex("0x858646372CC42E1A627fcE94aa7A7033e7CF075A", "StrategyManager"));
        DelegationManager = new DelegationManager(this, Address.FromHex("0x39053D51B77DC0d36036Fc1fCc8Cb819df8Ef37A", "DelegationManager"));
        AllocationManager = new AllocationManager(this, Address.FromHex("0x948a420b8CC1d6BFd0B6087C2E7c344a2CD0bc39", "AllocationManager"));
        EigenPodManager = new EigenPodManager(this, Address.FromHex("0x91E677b07F7AF907ec9a428aafA9fc14a0d3A338", "EigenPodManager"));
        RewardsCoordinator = new RewardsCoordinator(this, Address.FromHex("0x7750d328b314EfFa365A0402CcfD489B80B0adda", "RewardsCoordinator"));
    }

    /// <summary>Deployment constants.</summary>
    public EigenLayerConfig Config { get; }

    /// <summary>The undo journal shared by all storage.</summary>
    public Journal Journal { get; }

    /// <summary>Current block number (<c>block.number</c>).</summary>
    public long Block { get; set; }

    /// <summary>Current block timestamp in seconds (<c>block.timestamp</c>).</summary>
    public ulong Timestamp { get; set; }

    /// <summary>Owner: pauser, strategy whitelister, rewards updater.</summary>
    public Address Owner { get; }

    /// <summary>The unpauser role.</summary>
    public Address Unpauser { get; }

    /// <summary>Every ERC-20 balance and allowance (and native ETH).</summary>
    public Erc20Ledger Tokens { get; }

    /// <summary>The PermissionController.</summary>
    public PermissionController PermissionController { get; }

    /// <summary>The StrategyManager.</summary>
    public StrategyManager StrategyManager { get; }

    /// <summary>The DelegationManager.</summary>
    public DelegationManager DelegationManager { get; }

    /// <summary>The AllocationManager.</summary>
    public AllocationManager AllocationManager { get; }

    /// <summary>The EigenPodManager.</summary>
    public EigenPodManager EigenPodManager { get; }

    /// <summary>The RewardsCoordinator.</summary>
    public RewardsCoordinator RewardsCoordinator { get; }

    /// <summary>Deployed strategies by address.</summary>
    public IReadOnlyDictionary<Address, StrategyBase> Strategies => _strategies;

    /// <summary>True for the pauser role.</summary>
    public bool IsPauser(Address caller) => caller == Owner;

    /// <summary>Deploys a StrategyBase for <paramref name="token"/> at <paramref name="strategy"/> (not whitelisted yet).</summary>
    public StrategyBase DeployStrategy(Address strategy, Address token)
    {
        if (_strategies.ContainsKey(strategy) || strategy == BeaconChainEthStrategy)
            throw new InvalidOperationException($"a strategy already exists at {strategy}");
        var s = new StrategyBase(this, strategy, token);
        _strategies.Add(strategy, s);
        return s;
    }

    /// <summary>The strategy at an address; calling a non-strategy reverts (no code at that address).</summary>
    public StrategyBase GetStrategy(Address strategy) =>
        _strategies.TryGetValue(strategy, out var s) ? s : throw new RevertException("Error()");

    /// <summary>Installs registrar behaviour for an address (AVS registrar contracts); unknown ones accept everything.</summary>
    public void SetRegistrarBehaviour(Address registrar, IAvsRegistrar behaviour) => _registrars[registrar] = behaviour;

    /// <summary>The registrar behaviour at an address.</summary>
    public IAvsRegistrar ResolveRegistrar(Address registrar) =>
        _registrars.TryGetValue(registrar, out var r) ? r : AcceptAllRegistrar.Instance;

    /// <summary>The deterministic pod address of an owner (a synthetic address outside the 160-bit range).</summary>
    public static Address PodAddress(Address owner) =>
        new(owner.Value + (UInt256.One * UInt256.FromBigInteger(System.Numerics.BigInteger.One << 200)), "pod:" + owner.Name);

    /// <summary>Moves to a later block (<paramref name="blocks"/> ≥ 0) and advances time by 12 s per block.</summary>
    public void AdvanceBlocks(long blocks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(blocks);
        Block += blocks;
        Timestamp += (ulong)blocks * 12;
    }

    /// <summary>Runs <paramref name="call"/> as one transaction: on any exception every write is undone.</summary>
    public T Execute<T>(Func<T> call)
    {
        using var tx = Journal.Begin();
        var result = call();
        tx.Commit();
        return result;
    }

    /// <summary>Runs <paramref name="call"/> as one transaction: on any exception every write is undone.</summary>
    public void Execute(Action call)
    {
        using var tx = Journal.Begin();
        call();
        tx.Commit();
    }
}
