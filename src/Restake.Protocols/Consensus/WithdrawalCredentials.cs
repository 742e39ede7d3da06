namespace Restake.Protocols.Consensus;

/// <summary>The withdrawal-credential prefix of a validator, which fixes its maximum effective balance.</summary>
public enum WithdrawalCredentials
{
    /// <summary>0x00: BLS credentials, no withdrawals until changed.</summary>
    Bls = 0x00,

    /// <summary>0x01: execution address, effective balance capped at 32 ETH, excess swept.</summary>
    Eth1 = 0x01,

    /// <summary>0x02: compounding (EIP-7251), effective balance up to 2048 ETH.</summary>
    Compounding = 0x02,
}
