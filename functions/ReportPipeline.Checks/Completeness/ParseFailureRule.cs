using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Completeness;

/// <summary>The document could not be read at all (CheckReport with ParseFailure set). The raw bytes stay in blob storage.</summary>
public static class ParseFailureRule
{
    public static RuleDescriptor Descriptor { get; } = new("completeness.unreadable", Severity.Error,
        "{agency}{year}年度报告无法读取：{reason}。请以可检索的文本格式（HTML、可复制文字的PDF或Word）公开。",
        "The published document could not be parsed (image-only PDF, broken file, unsupported format); the reason is recorded.");

    public static Finding Create(string agency, int reportYear, string reason, string rawBlobName, string? reportId,
        string? sourceUrl) =>
        new(Descriptor.Id, Descriptor.Severity,
            Descriptor.Format(new Dictionary<string, string>
            {
                ["agency"] = agency,
                ["year"] = reportYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["reason"] = reason,
            }),
            new Evidence(SourceUrl: sourceUrl, Facts: new Dictionary<string, string>
            {
                ["reason"] = reason,
                ["rawBlob"] = rawBlobName,
            }),
            agency, reportYear, "document", reportId);
}
