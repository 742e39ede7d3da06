namespace Restake.Server.Problems;

/// <summary>An error an application service reports to its caller; the HTTP face turns it into RFC 7807 problem details.</summary>
public abstract class ServiceException(string message, string? field) : Exception(message)
{
    /// <summary>The offending request field (JSON path, header or query name), when one is to blame.</summary>
    public string? Field { get; } = field;
}

/// <summary>The named resource does not exist (or was deleted).</summary>
public sealed class NotFoundException(string resource, string id)
    : ServiceException($"{resource} '{id}' was not found", null)
{
    /// <summary>The kind of resource looked up.</summary>
    public string Resource { get; } = resource;
}

/// <summary>The request conflicts with the stored state (stale version, reused idempotency key, finished run).</summary>
public sealed class ConflictException(string message, string? field = null) : ServiceException(message, field);

/// <summary>One field of the request is invalid.</summary>
public sealed class InvalidFieldException(string field, string message) : ServiceException($"{field}: {message}", field);

/// <summary>The request is well-formed but its content failed validation with one or more messages.</summary>
public sealed class ValidationFailedException(string field, IReadOnlyList<ValidationMessage> messages)
    : ServiceException($"{field}: {messages.Count} validation error(s): {string.Join("; ", messages.Select(m => m.ToString()))}", field)
{
    /// <summary>Every validation message.</summary>
    public IReadOnlyList<ValidationMessage> Messages { get; } = messages;
}

/// <summary>The service cannot take more work right now (queue full); the caller may retry later.</summary>
public sealed class BusyException(string message) : ServiceException(message, null);

/// <summary>One validation finding, placed as precisely as the validator can (line and column are 1-based).</summary>
public sealed record ValidationMessage(string Field, string Message, int? Line = null, int? Column = null)
{
    /// <inheritdoc />
    public override string ToString() => Line is { } l ? $"line {l}: {Field}: {Message}" : $"{Field}: {Message}";
}
