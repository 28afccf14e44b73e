namespace ReportPipeline.Parsing;

/// <summary>Stamped into every parsed report; bump it when the parser's output changes, then re-parse.</summary>
public static class ParserVersion
{
    public const string Current = "1.0.0";
}
