namespace Restake.Sandbox.Defi;

/// <summary>One output field of one case that did not match: what the file expects and what the engine gave.</summary>
public sealed record DefiMismatch(string Case, string Field, string Expected, string Actual);
