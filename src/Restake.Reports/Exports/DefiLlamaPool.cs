using System.Text.Json.Serialization;

namespace Restake.Reports.Exports;

/// <summary>
/// One strategy as a pool in DefiLlama's yield schema: rates in percent, <c>apy = apyBase + apyReward</c>, where
/// <c>apyReward</c> is the AVS token incentives (EIGEN, ...) and <c>apyBase</c> everything else, net of fees and losses.
/// </summary>
public sealed record DefiLlamaPool(
    [property: JsonPropertyName("pool")] string Pool,
    [property: JsonPropertyName("chain")] string Chain,
    [property: JsonPropertyName("project")] string Project,
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("tvlUsd")] double TvlUsd,
    [property: JsonPropertyName("apyBase")] double ApyBase,
    [property: JsonPropertyName("apyReward")] double ApyReward,
    [property: JsonPropertyName("apy")] double Apy,
    [property: JsonPropertyName("poolMeta")] string PoolMeta);
