using System.Text;
using ReportPipeline.Alerts.Subscriptions;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.Composition;

internal static partial class HtmlBodyWriter
{
    private const string Cell = "padding:2px 8px;border:1px solid #d0d7de";

    private static void WriteItem(StringBuilder html, AlertItem item)
    {
        var finding = item.Finding;
        var resolved = item.Change == ChangeKind.Resolved;
        html.Append("<div style=\"margin:0 0 12px;padding:8px 12px;border-left:4px solid ")
            .Append(resolved ? "#1a7f37" : Color(finding.Severity)).Append(";background:#f6f8fa\">\n<p style=\"margin:0\">")
            .Append("<span style=\"display:inline-block;padding:0 6px;border-radius:3px;color:#fff;background:")
            .Append(Badge(item.Change)).Append("\">").Append(Labels.Of(item.Change)).Append("</span> ")
            .Append("<span style=\"color:#59636e\">").Append(H(Labels.Family(SubscriptionMatcher.Family(finding.Rule))))
            .Append(" · <code>").Append(H(finding.Rule)).Append("</code></span></p>\n<p style=\"margin:4px 0")
            .Append(resolved ? ";color:#59636e" : "").Append("\">")
            .Append(H(finding.Message)).Append("</p>\n");
        WriteEvidence(html, finding.Evidence);
        if (!string.IsNullOrWhiteSpace(finding.Location))
            html.Append("<p style=\"margin:2px 0;font-size:12px;color:#59636e\">位置：").Append(H(finding.Location)).Append("</p>\n");
        html.Append("</div>\n");
    }

    private static void WriteEvidence(StringBuilder html, Evidence evidence)
    {
        if (evidence.Cells is { Count: > 0 } cells)
        {
            html.Append("<table style=\"border-collapse:collapse;margin:4px 0;font-size:13px\">")
                .Append("<tr><th style=\"").Append(Cell).Append("\">单元格</th><th style=\"").Append(Cell).Append("\">数值</th></tr>");
            foreach (var (id, value) in cells)
                html.Append("<tr><td style=\"").Append(Cell).Append("\">").Append(H(id)).Append("</td><td style=\"")
                    .Append(Cell).Append(";text-align:right\">").Append(H(value.Length == 0 ? "（空白）" : value)).Append("</td></tr>");
            html.Append("</table>\n");
        }
        if (!string.IsNullOrWhiteSpace(evidence.Arithmetic))
            html.Append("<p style=\"margin:4px 0\">计算：<code style=\"background:#eaeef2;padding:1px 4px\">")
                .Append(H(evidence.Arithmetic)).Append("</code></p>\n");
        foreach (var sentence in evidence.Sentences ?? [])
            html.Append("<blockquote style=\"margin:4px 0;padding:2px 8px;border-left:3px solid #d0d7de;color:#424a53\">")
                .Append(H(sentence)).Append("</blockquote>\n");
        foreach (var (key, value) in evidence.Facts ?? new Dictionary<string, string>())
            html.Append("<p style=\"margin:2px 0\">").Append(H(Labels.Fact(key))).Append("：").Append(H(value)).Append("</p>\n");
        WriteSource(html, evidence.SourceUrl);
    }

    private static void WriteSource(StringBuilder html, string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return;
        html.Append("<p style=\"margin:2px 0;font-size:12px\">来源：");
        if (SourceLink.IsLinkable(url, out var uri))
            html.Append("<a href=\"").Append(H(uri!.AbsoluteUri)).Append("\">").Append(H(url)).Append("</a>");
        else
            html.Append(H(url));
        html.Append("</p>\n");
    }

    private static string Badge(ChangeKind change) => change switch
    {
        ChangeKind.New => "#cf222e",
        ChangeKind.StillOpen => "#9a6700",
        _ => "#1a7f37",
    };
}
