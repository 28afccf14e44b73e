using System.Net;
using System.Text;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.Composition;

/// <summary>The HTML view. Every piece of report-derived text goes through <see cref="H"/>.</summary>
internal static partial class HtmlBodyWriter
{
    public static string Write(string subject, IReadOnlyList<ReportGroup> groups, EmailLinks links)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(H(subject)).Append("</title></head>\n")
            .Append("<body style=\"margin:0;padding:16px;background:#f4f5f7;font-family:'PingFang SC','Microsoft YaHei',")
            .Append("'Noto Sans CJK SC',sans-serif;color:#1f2328;font-size:14px;line-height:1.6\">\n")
            .Append("<div style=\"max-width:760px;margin:0 auto;background:#fff;border:1px solid #d0d7de;border-radius:6px;")
            .Append("padding:20px 24px\">\n<h1 style=\"font-size:18px;margin:0 0 12px\">").Append(H(subject)).Append("</h1>\n");
        foreach (var group in groups)
            WriteGroup(html, group);
        WriteFooter(html, links);
        html.Append("</div>\n</body></html>\n");
        return html.ToString();
    }

    internal static string H(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static void WriteGroup(StringBuilder html, ReportGroup group)
    {
        html.Append("<h2 style=\"font-size:16px;margin:20px 0 8px;padding-bottom:4px;border-bottom:2px solid #d0d7de\">")
            .Append(H(group.Agency)).Append(' ').Append(group.ReportYear).Append(" 年度报告</h2>\n");
        foreach (var severity in group.Severities)
        {
            html.Append("<h3 style=\"font-size:14px;margin:12px 0 6px;color:").Append(Color(severity.Severity)).Append("\">")
                .Append(Labels.Of(severity.Severity)).Append("（").Append(severity.Items.Count).Append(" 项）</h3>\n");
            foreach (var item in severity.Items)
                WriteItem(html, item);
        }
    }

    private static void WriteFooter(StringBuilder html, EmailLinks links)
    {
        html.Append("<p style=\"margin-top:24px;font-size:12px;color:#59636e;border-top:1px solid #d0d7de;padding-top:8px\">")
            .Append("本邮件由年报监测系统自动发送。<a href=\"").Append(H(links.Dashboard)).Append("\">在监测平台查看全部问题</a>")
            .Append(" · <a href=\"").Append(H(links.Unsubscribe)).Append("\">退订</a></p>\n");
    }

    internal static string Color(Severity severity) => severity switch
    {
        Severity.Error => "#cf222e",
        Severity.Warning => "#9a6700",
        _ => "#0969da",
    };
}
