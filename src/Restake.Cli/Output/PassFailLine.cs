namespace Restake.Cli.Output;

/// <summary>The closing line every conformance verb prints, and its exit code.</summary>
public static class PassFailLine
{
    /// <summary>Writes "N passed, M failed" and returns 0 only when nothing failed (and something ran).</summary>
    public static int Write(TextWriter output, int passed, int failed)
    {
        output.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 && passed > 0 ? 0 : 1;
    }
}
