using System.Text.RegularExpressions;
using Restake.Server.Problems;

namespace Restake.Server.Scenarios;

/// <summary>
/// Reads the position and field out of an <see cref="InputException"/>'s "file:line:column: field.path: problem"
/// message, so API clients get them as separate members of the problem details.
/// </summary>
public static partial class InputMessages
{
    /// <summary>The message as a validation finding; <paramref name="fallbackField"/> names it when the text has no field.</summary>
    public static ValidationMessage ToValidation(InputException e, string fallbackField)
    {
        var m = Pattern().Match(e.Message);
        if (!m.Success) return new ValidationMessage(fallbackField, e.Message);
        int? line = m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        int? column = m.Groups["col"].Success ? int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        var field = m.Groups["field"].Success ? m.Groups["field"].Value : fallbackField;
        return new ValidationMessage(field, m.Groups["problem"].Value, line, column);
    }

    // The file name never holds ": "; a field path is one word of identifiers, indices and dots ("strategies[1].venue").
    [GeneratedRegex(@"^[^:]*?(?::(?<line>\d+):(?<col>\d+))?: (?:(?<field>[A-Za-z0-9_.\[\]()\-]+): )?(?<problem>.+)$", RegexOptions.Singleline)]
    private static partial Regex Pattern();
}
