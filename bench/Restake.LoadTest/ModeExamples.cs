namespace Restake.LoadTest;

/// <summary>A small scenario for each run mode the submissions phase can use when no scenario file is given.</summary>
public static class ModeExamples
{
    /// <summary>The example scenario text of <paramref name="mode"/>.</summary>
    public static string For(string mode) => mode switch
    {
        _ => throw new ArgumentException($"no built-in example scenario for mode '{mode}'; pass --scenario FILE"),
    };
}
