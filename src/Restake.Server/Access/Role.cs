namespace Restake.Server.Access;

/// <summary>What an API key may do; each role includes everything the roles below it may do.</summary>
public enum Role
{
    /// <summary>Reads scenarios, runs, results and analyses; validates scenario text.</summary>
    Viewer = 1,

    /// <summary>Also creates and updates scenarios, submits and cancels runs, runs analyses, scripts and conformance.</summary>
    Analyst = 2,

    /// <summary>Also deletes scenarios and runs and manages API keys.</summary>
    Admin = 3,
}

/// <summary>Parsing and naming of roles as they appear in the API ("viewer", "analyst", "admin").</summary>
public static class Roles
{
    /// <summary>The role's wire name.</summary>
    public static string Name(this Role role) => role.ToString().ToLowerInvariant();

    /// <summary>Parses a wire name; false for anything else.</summary>
    public static bool TryParse(string? text, out Role role)
    {
        role = default;
        return text is "viewer" or "analyst" or "admin" && Enum.TryParse(text, ignoreCase: true, out role);
    }
}
