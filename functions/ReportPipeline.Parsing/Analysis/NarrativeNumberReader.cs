using System.Globalization;
using System.Text.RegularExpressions;
using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Parsing.Analysis;

/// <summary>Numbers stated in paragraphs ("受理政府信息公开申请8件"), and "没有…行政复议" style zero statements.</summary>
internal static partial class NarrativeNumberReader
{
    private static readonly char[] ClauseBreaks = "，。；：、,;:（(！？!?\n".ToCharArray();

    public static IReadOnlyList<NarrativeNumber> Read(string text, IReadOnlyList<PlacedBlock> blocks)
    {
        var numbers = new List<NarrativeNumber>();
        foreach (var b in blocks.Where(b => !b.Block.IsTable))
        {
            var para = b.Block.Text;
            foreach (Match m in Number().Matches(para))
            {
                if (m.Index > 0 && (char.IsDigit(para[m.Index - 1]) || para[m.Index - 1] is '.' or '-')) continue;
                var n = m.Groups["n"];
                var before = ClauseBefore(para, m.Index);
                var after = ClauseAfter(para, m.Index + m.Length);
                var sentence = YearReader.SentenceAround(para, n.Index);
                var unit = m.Groups["unit"].Value;
                var value = decimal.Parse(n.Value, CultureInfo.InvariantCulture);
                var label = before.Length >= 3 ? before : before + after;
                numbers.Add(new NarrativeNumber(value, unit, label, sentence, b.Start + n.Index,
                    m.Groups["pre"].Success || m.Groups["post"].Success, NarrativeMetrics.Recognise(before, after, sentence, unit)));
            }
            numbers.AddRange(Zeros(para, b.Start));
        }
        return numbers.OrderBy(n => n.Offset).ToList();
    }

    private static IEnumerable<NarrativeNumber> Zeros(string para, int offset)
    {
        foreach (Match m in NoReview().Matches(para))
        {
            var sentence = YearReader.SentenceAround(para, m.Index);
            if (m.Value.Contains("复议", StringComparison.Ordinal))
                yield return new NarrativeNumber(0, "件", m.Value, sentence, offset + m.Index, MetricId: MetricIds.ReconsiderationTotal);
            if (m.Value.Contains("诉讼", StringComparison.Ordinal))
                yield return new NarrativeNumber(0, "件", m.Value, sentence, offset + m.Index, MetricId: MetricIds.LitigationTotal);
        }
        foreach (Match m in NoApplications().Matches(para))
            yield return new NarrativeNumber(0, "件", m.Value, YearReader.SentenceAround(para, m.Index), offset + m.Index,
                MetricId: MetricIds.ApplicationsNew);
    }

    private static string ClauseBefore(string para, int index)
    {
        var start = para.LastIndexOfAny(ClauseBreaks, Math.Max(0, index - 1)) + 1;
        if (start > index) start = index;
        return para[start..index].Trim();
    }

    private static string ClauseAfter(string para, int index)
    {
        var end = para.IndexOfAny(ClauseBreaks, Math.Min(index, para.Length));
        return para[index..(end < 0 ? para.Length : end)].Trim();
    }

    [GeneratedRegex(@"(?<pre>约|近|超过|逾)?(?<n>\d+(?:\.\d+)?)\s*(?<post>余|多)?\s*(?<unit>万元|人次|件|条|次|场|期|篇|个|项|起|宗|家|份|元|%)")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?:没有|未|无)(?:发生|收到|出现|有)?[^。，；]{0,15}?(?:行政复议和行政诉讼|行政复议|行政诉讼)")]
    private static partial Regex NoReview();

    [GeneratedRegex(@"(?:没有|未)(?:发生|收到|受理)(?:政府信息公开申请|依申请公开(?:事件|申请)?|信息公开申请)")]
    private static partial Regex NoApplications();
}
