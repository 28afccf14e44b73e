using System.Net;
using System.Text;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Functions.Dashboard;

/// <summary>
/// GET /api/dashboard: open findings grouped by agency, then severity. Every report-derived string is HTML-encoded;
/// source links are emitted only for http(s) URLs.
/// </summary>
public static class DashboardPage
{
    public static string Render(IReadOnlyList<FindingRecord> findings)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>年报监测</title>")
            .Append("<style>body{font-family:sans-serif;margin:2em}td,th{border-bottom:1px solid #ddd;padding:4px 8px;")
            .Append("text-align:left;vertical-align:top}.error{color:#b00}.warning{color:#a60}</style></head><body>")
            .Append("<h1>年报监测：未关闭的问题</h1>")
            .Append(WebUtility.HtmlEncode($"{findings.Count} 项（JSON：/api/findings）"));
        foreach (var agency in findings.GroupBy(f => f.Finding.Agency).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            html.Append("<h2>").Append(WebUtility.HtmlEncode(agency.Key)).Append("</h2><table>")
                .Append("<tr><th>严重程度</th><th>年度</th><th>规则</th><th>说明</th><th>证据</th></tr>");
            foreach (var record in agency.OrderByDescending(f => f.Finding.Severity).ThenBy(f => f.Finding.ReportYear))
            {
                AppendRow(html, record.Finding);
            }

            html.Append("</table>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static void AppendRow(StringBuilder html, Finding finding)
    {
        var severity = finding.Severity.ToString().ToLowerInvariant();
        html.Append("<tr class=\"").Append(severity).Append("\"><td>").Append(severity).Append("</td><td>")
            .Append(finding.ReportYear).Append("</td><td>").Append(WebUtility.HtmlEncode(finding.Rule))
            .Append("</td><td>").Append(WebUtility.HtmlEncode(finding.Message)).Append("</td><td>")
            .Append(WebUtility.HtmlEncode(finding.Evidence.Arithmetic ?? ""));
        if (Uri.TryCreate(finding.Evidence.SourceUrl, UriKind.Absolute, out var source) && source.Scheme is "http" or "https")
        {
            html.Append(" <a rel=\"noopener noreferrer\" href=\"").Append(WebUtility.HtmlEncode(source.AbsoluteUri))
                .Append("\">来源</a>");
        }

        html.Append("</td></tr>");
    }
}
