using System.Text.Json;
using Restake.Server.Problems;

namespace Restake.Server.Runs;

/// <summary>Serialized form of batch outputs and summaries in the store.</summary>
public static class BatchCodec
{
    /// <summary>Serializes a batch.</summary>
    public static string Encode(BatchOutput batch) => JsonSerializer.Serialize(batch, ApiJson.Options);

    /// <summary>Reads a stored batch.</summary>
    public static BatchOutput Decode(string data) => JsonSerializer.Deserialize<BatchOutput>(data, ApiJson.Options)!;

    /// <summary>Serializes a summary.</summary>
    public static string EncodeSummary(RunSummary summary) => JsonSerializer.Serialize(summary, ApiJson.Options);

    /// <summary>Reads a stored summary.</summary>
    public static RunSummary DecodeSummary(string data) => JsonSerializer.Deserialize<RunSummary>(data, ApiJson.Options)!;
}
