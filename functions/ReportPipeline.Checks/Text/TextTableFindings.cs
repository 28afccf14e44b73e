using System.Globalization;
using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Text;

/// <summary>One finding per restatement (its first disagreeing sentence), keyed by the restatement id.</summary>
internal static class TextTableFindings
{
    public static IEnumerable<Finding> Create(CheckSubject subject, RuleDescriptor rule, IEnumerable<Restated> mismatches) =>
        mismatches.GroupBy(m => m.Restatement.Id).Select(g => g.First()).Select(m =>
        {
            var table = m.TableValue.ToString("0.##", CultureInfo.InvariantCulture);
            var cells = m.TableCells.ToDictionary(c => c, c => subject.Cells[c].Raw, StringComparer.Ordinal);
            return subject.Create(rule, $"text:{m.Restatement.Id}",
                new Evidence(Cells: cells, Sentences: [m.Sentence.Text],
                    Arithmetic: $"正文 {m.StatedText} ≠ 表 {string.Join(" + ", cells.Values)} = {table}"),
                new Dictionary<string, string>
                {
                    ["stated"] = m.StatedText,
                    ["label"] = m.Restatement.Label,
                    ["table"] = table,
                });
        });
}
