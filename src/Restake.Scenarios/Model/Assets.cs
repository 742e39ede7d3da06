using System.Collections.Immutable;

namespace Restake.Scenarios.Model;

/// <summary>Prices in USD: ether's path model and the AVS reward tokens' models.</summary>
public sealed record Assets(PriceModel EthUsd, ImmutableArray<Token> Tokens);

/// <summary>An AVS reward token (EIGEN, ...) priced in USD by its own model.</summary>
public sealed record Token(string Id, PriceModel Usd);
