using System.Text;
using ReportPipeline.Alerts.Subscriptions;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.Composition;

/// <summary>The plain-text alternative view, same content and order as the HTML.</summary>
internal static class TextBodyWriter
{
    public static string Write(string subject, IReadOnlyList<ReportGroup> groups, EmailLinks links)
    {
        var text = new StringBuilder().AppendLine(subject).AppendLine();
        foreach (var group in groups)
        {
            text.Append("■ ").Append(OneLine(group.Agency)).Append(' ').Append(group.ReportYear).AppendLine(" 年度报告");
            foreach (var severity in group.Severities)
            {
                text.Append("  【").Append(Labels.Of(severity.Severity)).Append("】").Append(severity.Items.Count).AppendLine(" 项");
                foreach (var item in severity.Items)
                    WriteItem(text, item);
            }
            text.AppendLine();
        }
        text.AppendLine("—— 本邮件由年报监测系统自动发送")
            .Append("在监测平台查看：").AppendLine(links.Dashboard)
            .Append("退订：").AppendLine(links.Unsubscribe);
        return text.ToString();
    }

    private static void WriteItem(StringBuilder text, AlertItem item)
    {
        var finding = item.Finding;
        text.Append("  - [").Append(Labels.Of(item.Change)).Append("] ")
            .Append(OneLine(Labels.Family(SubscriptionMatcher.Family(finding.Rule)))).Append(" (").Append(OneLine(finding.Rule)).AppendLine(")")
            .Append("    ").AppendLine(OneLine(finding.Message));
        WriteEvidence(text, finding.Evidence);
        if (!string.IsNullOrWhiteSpace(finding.Location))
            text.Append("    位置：").AppendLine(OneLine(finding.Location));
    }

    private static void WriteEvidence(StringBuilder text, Evidence evidence)
    {
        foreach (var (id, value) in evidence.Cells ?? new Dictionary<string, string>())
            text.Append("    单元格 ").Append(OneLine(id)).Append(" = ").AppendLine(value.Length == 0 ? "（空白）" : OneLine(value));
        if (!string.IsNullOrWhiteSpace(evidence.Arithmetic))
            text.Append("    计算：").AppendLine(OneLine(evidence.Arithmetic));
        foreach (var sentence in evidence.Sentences ?? [])
            text.Append("    原文：“").Append(OneLine(sentence)).AppendLine("”");
        foreach (var (key, value) in evidence.Facts ?? new Dictionary<string, string>())
            text.Append("    ").Append(OneLine(Labels.Fact(key))).Append('：').AppendLine(OneLine(value));
        if (!string.IsNullOrWhiteSpace(evidence.SourceUrl))
            text.Append("    来源：").AppendLine(OneLine(evidence.SourceUrl));
    }

    // Report text cannot break the layout (or fake extra lines) in the plain-text view.
    private static string OneLine(string text) => HeaderText.Clean(text, maxLength: 2000);
}
