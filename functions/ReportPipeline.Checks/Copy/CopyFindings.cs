using System.Globalization;
using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Checks.Copy;

/// <summary>Shared evidence for the copy rules: similarity, the other report, and the repeated passages.</summary>
internal static class CopyFindings
{
    public const int MaxPassages = 5;

    public static Finding Create(CheckSubject subject, RuleDescriptor rule, string location, ParsedReport other,
        double similarity, IReadOnlyList<string> passages)
    {
        var percent = (similarity * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
        return subject.Create(rule, location,
            new Evidence(Sentences: passages, Facts: new Dictionary<string, string>
            {
                ["similarity"] = percent,
                ["otherReportId"] = other.ReportId,
                ["otherAgency"] = other.Agency ?? "",
                ["otherYear"] = other.ReportYear?.ToString(CultureInfo.InvariantCulture) ?? "",
                ["otherSourceUrl"] = other.SourceUrl ?? "",
            }),
            new Dictionary<string, string>
            {
                ["similarity"] = percent,
                ["other"] = other.Agency ?? other.Title,
                ["passages"] = passages.Count.ToString(CultureInfo.InvariantCulture),
            });
    }
}
