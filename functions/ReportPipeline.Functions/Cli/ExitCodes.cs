namespace ReportPipeline.Functions.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The command ran and found a problem: an error finding, a poison message.</summary>
    public const int Problem = 1;
    /// <summary>Unusable input or command line.</summary>
    public const int Unusable = 2;
}
