namespace Restake;

/// <summary>
/// A user-input error (a script, network or scenario file that is malformed or inconsistent). Its message names the
/// file, the place (line, step) and the field, and is shown to the user as is — never with a stack trace.
/// </summary>
public sealed class InputException(string message) : Exception(message)
{
    /// <summary>Builds the standard "file: where: field: problem" message.</summary>
    public static InputException At(string? file, string? where, string? field, string problem)
    {
        var parts = new[] { file, where, field }.Where(p => !string.IsNullOrEmpty(p));
        var prefix = string.Join(": ", parts);
        return new InputException(prefix.Length == 0 ? problem : $"{prefix}: {problem}");
    }
}
