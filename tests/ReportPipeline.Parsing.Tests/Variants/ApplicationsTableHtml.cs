using System.Text;

namespace ReportPipeline.Parsing.Tests.Variants;

/// <summary>
/// A 2021 table 申请 as portals print it: rowspan for 三、本年度办理结果 and the groups, colspan for 法人或其他组织.
/// Row values are natural = base, enterprise = 1, others 0 and total = base + 1, so expectations follow from the row.
/// </summary>
internal static class ApplicationsTableHtml
{
    public static readonly (string Label, string? Group, string Id)[] Rows =
    [
        ("一、本年新收政府信息公开申请数量", null, "new"),
        ("二、上年结转政府信息公开申请数量", null, "carriedOver"),
        ("（一）予以公开", "result", "disclosed"),
        ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "result", "partial"),
        ("1.属于国家秘密", "（三）不予公开", "refused.1"),
        ("2.其他法律行政法规禁止公开", "（三）不予公开", "refused.2"),
        ("3.危及“三安全一稳定”", "（三）不予公开", "refused.3"),
        ("4.保护第三方合法权益", "（三）不予公开", "refused.4"),
        ("5.属于三类内部事务信息", "（三）不予公开", "refused.5"),
        ("6.属于四类过程性信息", "（三）不予公开", "refused.6"),
        ("7.属于行政执法案卷", "（三）不予公开", "refused.7"),
        ("8.属于行政查询事项", "（三）不予公开", "refused.8"),
        ("1.本机关不掌握相关政府信息", "（四）无法提供", "unavailable.1"),
        ("2.没有现成信息需要另行制作", "（四）无法提供", "unavailable.2"),
        ("3.补正后申请内容仍不明确", "（四）无法提供", "unavailable.3"),
        ("1.信访举报投诉类申请", "（五）不予处理", "notProcessed.1"),
        ("2.重复申请", "（五）不予处理", "notProcessed.2"),
        ("3.要求提供公开出版物", "（五）不予处理", "notProcessed.3"),
        ("4.无正当理由大量反复申请", "（五）不予处理", "notProcessed.4"),
        ("5.要求行政机关确认或重新出具已获取信息", "（五）不予处理", "notProcessed.5"),
        ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理", "other.1"),
        ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（六）其他处理", "other.2"),
        ("3.其他", "（六）其他处理", "other.3"),
        ("（七）总计", "result", "total"),
        ("四、结转下年度继续办理", null, "carriedForward"),
    ];

    /// <param name="label">Rewrites a printed label (typos, numbering styles).</param>
    /// <param name="cell">Renders a cell's number (full-width digits, spans, blanks).</param>
    public static string Render(Func<string, string>? label = null, Func<string, int, int, string>? cell = null)
    {
        label ??= l => l;
        cell ??= (_, _, v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sb = new StringBuilder("<table border=\"1\">");
        sb.Append("<tr><td colspan=\"3\" rowspan=\"2\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>")
          .Append("<td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>")
          .Append("<tr><td>商业<br/>企业</td><td>科研<br>机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>");
        var resultRows = Rows.Count(r => r.Group is not null);
        var first = true;
        for (var i = 0; i < Rows.Length; i++)
        {
            var (text, group, id) = Rows[i];
            sb.Append("<tr>");
            if (group is null) sb.Append($"<td colspan=\"3\">{label(text)}</td>");
            else
            {
                if (first) { sb.Append($"<td rowspan=\"{resultRows}\">三、本年度办理结果</td>"); first = false; }
                if (group == "result") sb.Append($"<td colspan=\"2\">{label(text)}</td>");
                else
                {
                    if (Rows.First(r => r.Group == group).Id == id)
                        sb.Append($"<td rowspan=\"{Rows.Count(r => r.Group == group)}\">{group}</td>");
                    sb.Append($"<td>{label(text)}</td>");
                }
            }
            var baseValue = i + 1;
            int[] values = [baseValue, 1, 0, 0, 0, 0, baseValue + 1];
            for (var c = 0; c < values.Length; c++) sb.Append($"<td>{cell(id, c, values[c])}</td>");
            sb.Append("</tr>");
        }
        return sb.Append("</table>").ToString();
    }

    public static string Page(string body, string title = "测试市测试区人民政府2021年政府信息公开工作年度报告", string head = "") =>
        $"<!DOCTYPE html><html><head>{head}<title>{title}_测试市人民政府</title></head><body>" +
        "<div class=\"nav\">首页 | 政务公开 | 互动交流</div>" +
        "<div class=\"position\">您当前所在位置：首页 &gt; 政府信息公开年报</div>" +
        $"<div class=\"article\"><h1>{title}</h1><div class=\"info\">发布时间：2022-01-20</div>" +
        "<p>本年报中所列数据的统计期限自2021年1月1日起至2021年12月31日止。</p>" +
        "<p>一、总体情况</p><p>2021年，我区受理政府信息公开申请13件。</p>" +
        "<p>三、收到和处理政府信息公开申请情况</p>" + body + "</div>" +
        "<div class=\"footer\">版权所有：测试市人民政府 技术支持：某公司</div></body></html>";
}
