using ReportPipeline.Core.Model;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Parsing.Analysis;

/// <summary>Who published the report and for which year: fetch metadata overrides the text's guess; both kept when they differ.</summary>
internal sealed record ReportIdentity(string? Agency, AgencyLevel Level, string? Region, int? Year)
{
    public static ReportIdentity Resolve(IReadOnlyDictionary<string, string> metadata, string? textAgency, int? textYear, List<string> warnings)
    {
        var metaAgency = metadata.GetValueOrDefault(RawBlobMetadata.Agency);
        var agency = string.IsNullOrWhiteSpace(metaAgency) ? textAgency : metaAgency.Trim();
        if (!string.IsNullOrWhiteSpace(metaAgency) && textAgency is not null
            && !metaAgency.Contains(textAgency, StringComparison.Ordinal) && !textAgency.Contains(metaAgency, StringComparison.Ordinal))
            warnings.Add($"agency from fetch metadata \"{metaAgency}\" differs from the report text's \"{textAgency}\"");
        var year = textYear;
        if (int.TryParse(metadata.GetValueOrDefault(RawBlobMetadata.ReportYear), out var metaYear) && metaYear > 0)
        {
            if (textYear is not null && textYear != metaYear)
                warnings.Add($"report year from fetch metadata {metaYear} differs from the report text's {textYear}");
            year = metaYear;
        }
        var level = ParseLevel(metadata.GetValueOrDefault(RawBlobMetadata.AgencyLevel))
            ?? (agency is null ? AgencyLevel.Other : AgencyReader.Level(agency));
        return new ReportIdentity(agency, level, metadata.GetValueOrDefault(RawBlobMetadata.Region), year);
    }

    private static AgencyLevel? ParseLevel(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "government" => AgencyLevel.Government,
        "department" => AgencyLevel.Department,
        "other" => AgencyLevel.Other,
        _ => null,
    };
}
