using ReportPipeline.Core.Model;
using ReportPipeline.Core.Parsing;
using ReportPipeline.Core.Storage;
using ReportPipeline.Parsing.Input;
using ReportPipeline.Parsing.Tables;

namespace ReportPipeline.Parsing.Analysis;

/// <summary>Blocks to the report model: tables mapped, identity read (metadata beats text guesses), sections, numbers, metrics.</summary>
internal static class ReportAssembler
{
    public static ParsedReport Assemble(ExtractedDocument doc, RawDocument raw, string reportId)
    {
        var (text, placed) = PlacedBlock.Layout(doc.Blocks);
        var warnings = new List<string>(doc.Warnings);
        var tables = MapTables(placed, warnings);
        var title = TitleReader.Read(doc.TitleHint, placed);
        var period = YearReader.Period(text);
        var identity = ReportIdentity.Resolve(raw.Metadata, AgencyReader.Read(title, text, placed), YearReader.Year(title, period, text), warnings);
        var signals = DateSignalReader.Read(text, doc.ChromeText, raw.SourceUrl, raw.Metadata, doc.DateSignals);
        if (DateSignalReader.Disagreement(signals) is { } disagreement) warnings.Add(disagreement);
        var narrative = NarrativeNumberReader.Read(text, placed);
        if (title is null)
        {
            title = raw.Metadata.GetValueOrDefault(RawBlobMetadata.LinkTitle)
                ?? (identity.Agency is not null && identity.Year is not null ? $"{identity.Agency}{identity.Year}年政府信息公开工作年度报告" : "");
            warnings.Add($"no title line found; using \"{title}\"");
        }
        return new ParsedReport
        {
            ReportId = reportId,
            SourceUrl = raw.SourceUrl,
            Title = title,
            Agency = identity.Agency,
            AgencyLevel = identity.Level,
            Region = identity.Region,
            ReportYear = identity.Year,
            StatisticsPeriod = period,
            DateSignals = signals,
            PublishedOn = DateSignalReader.Choose(signals),
            Format = FormatClassifier.Classify(title, text, identity.Year, tables),
            Sections = SectionReader.Read(text, placed),
            AnnouncedSections = AnnouncedSectionsReader.Read(text),
            Tables = tables,
            Metrics = MetricsBuilder.Build(tables, narrative),
            NarrativeNumbers = narrative,
            Text = text,
            ChromeText = doc.ChromeText,
            HiddenFragments = doc.HiddenFragments,
            ParserVersion = ParserVersion.Current,
            Warnings = warnings,
        };
    }

    private static List<ReportTable> MapTables(IReadOnlyList<PlacedBlock> placed, List<string> warnings)
    {
        var tables = new List<ReportTable>();
        foreach (var block in placed.Where(b => b.Block.IsTable))
        {
            var (table, tableWarnings) = TableMapper.Map(block.Block.Grid!, tables.Count);
            tables.Add(table);
            warnings.AddRange(tableWarnings);
        }
        foreach (var repeated in tables.Where(t => t.Kind != "unknown").GroupBy(t => t.Kind).Where(g => g.Count() > 1))
            warnings.Add($"{repeated.Count()} tables of kind {repeated.Key} (indexes {string.Join(", ", repeated.Select(t => t.Index))}); metrics read the first");
        return tables;
    }
}
