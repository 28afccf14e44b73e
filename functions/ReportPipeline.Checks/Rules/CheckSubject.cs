using ReportPipeline.Checks.Deadlines;
using ReportPipeline.Checks.Sums;
using ReportPipeline.Checks.Text;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Checks.Rules;

/// <summary>The report under check with its context, plus what several rules share (cells, sentences, sums).</summary>
public sealed class CheckSubject
{
    public const string UnknownAgency = "(未识别机关)";

    private readonly Lazy<IReadOnlyList<SumOutcome>> _sums;
    private readonly Lazy<IReadOnlyList<Sentence>> _sentences;

    public CheckSubject(ParsedReport report, CheckContext context, CheckerOptions options)
    {
        Report = report;
        Context = context;
        Options = options;
        Cells = MergeCells(report);
        _sums = new(() => SumEvaluator.Evaluate(SumGraph.For(this), this));
        _sentences = new(() => Sentence.Split(report.Text));
    }

    public ParsedReport Report { get; }
    public CheckContext Context { get; }
    public CheckerOptions Options { get; }
    public string Agency => string.IsNullOrWhiteSpace(Report.Agency) ? UnknownAgency : Report.Agency;
    public int Year => Report.ReportYear ?? 0;
    public string? SourceUrl => Report.SourceUrl ?? Context.SourceUrl;
    public DeadlineTable Deadlines => Context.Deadlines ?? DeadlineTable.Default;

    /// <summary>Every canonical cell of every recognised table (the first table of a kind wins).</summary>
    public IReadOnlyDictionary<string, CellValue> Cells { get; }

    public IReadOnlyList<SumOutcome> Sums => _sums.Value;

    public IReadOnlyList<Sentence> Sentences => _sentences.Value;

    public bool HasTable(string kind) => Report.Tables.Any(t => t.Kind == kind && t.Cells.Count > 0);

    /// <summary>The printed row/column labels of a cell, or its canonical id when the parser gave none.</summary>
    public string Label(string cellId) =>
        Report.Tables.Select(t => t.Labels.GetValueOrDefault(cellId)).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))
        ?? cellId;

    public decimal? Value(string cellId) => Cells.TryGetValue(cellId, out var cell) ? cell.Value : null;

    public Finding Create(RuleDescriptor rule, string location, Evidence evidence,
        IReadOnlyDictionary<string, string>? values = null, Severity? severity = null) =>
        new(rule.Id, severity ?? rule.Severity, rule.Format(WithDefaults(values)),
            evidence with { SourceUrl = evidence.SourceUrl ?? SourceUrl },
            Agency, Year, location, Report.ReportId);

    private Dictionary<string, string> WithDefaults(IReadOnlyDictionary<string, string>? values)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["agency"] = Agency,
            ["year"] = Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (k, v) in values ?? new Dictionary<string, string>())
        {
            all[k] = v;
        }
        return all;
    }

    private static Dictionary<string, CellValue> MergeCells(ParsedReport report)
    {
        var cells = new Dictionary<string, CellValue>(StringComparer.Ordinal);
        foreach (var table in report.Tables)
        {
            foreach (var (id, value) in table.Cells)
            {
                cells.TryAdd(id, value);
            }
        }
        return cells;
    }
}
