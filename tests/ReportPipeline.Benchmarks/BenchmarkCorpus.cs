using System.Net;
using System.Text;

namespace ReportPipeline.Benchmarks;

/// <summary>
/// The documents measured: the five seeds wrapped as real portal pages (head, scripts, navigation, breadcrumb, footer),
/// and the sample PDFs/DOCX from ../shared/samples when present.
/// </summary>
public static class BenchmarkCorpus
{
    public static string Root { get; } = FindRoot();

    public static IReadOnlyList<(string Name, byte[] Bytes, string ContentType)> SeedPages() =>
        Directory.GetFiles(Path.Combine(Root, "tests", "fixtures", "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), Encoding.UTF8.GetBytes(WrapAsPage(File.ReadAllText(f))), "text/html; charset=utf-8"))
            .ToList();

    public static IReadOnlyList<(string Name, byte[] Bytes, string ContentType)> Samples()
    {
        var dir = Path.GetFullPath(Path.Combine(Root, "..", "shared", "samples"));
        if (!Directory.Exists(dir)) return [];
        return Directory.GetFiles(dir).Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f), "application/octet-stream")).ToList();
    }

    public static string WrapAsPage(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(lines[0])).Append("_政府信息公开</title>")
            .Append("<meta name=\"PubDate\" content=\"2022-01-20 10:00\"><link rel=\"stylesheet\" href=\"/css/main.css\">")
            .Append("<style>.nav{float:left}.footer{clear:both}</style><script>var _hmt=_hmt||[];(function(){})();</script></head><body>")
            .Append("<div class=\"top\"><a href=\"/\">首页</a> <a href=\"/wza\">无障碍</a> <a href=\"/en\">English</a></div><ul class=\"nav\">");
        foreach (var item in new[] { "首页", "政务公开", "政务服务", "互动交流", "走进本地", "专题专栏", "数据开放", "新闻中心" })
            sb.Append("<li><a href=\"/").Append(item.Length).Append("\">").Append(item).Append("</a></li>");
        sb.Append("</ul><div class=\"position\">您当前所在位置：<a href=\"/\">首页</a> &gt; <a href=\"/zfxxgk\">政府信息公开年报</a></div>")
          .Append("<div class=\"article\"><h1>").Append(WebUtility.HtmlEncode(lines[0])).Append("</h1><div class=\"info\">发布时间：2022-01-20 来源：本站</div>");
        foreach (var line in lines.Skip(1)) sb.Append("<p style=\"text-indent:2em\"><span>").Append(WebUtility.HtmlEncode(line)).Append("</span></p>");
        sb.Append("</div><div class=\"share\">分享到：微信 微博</div><div class=\"footer\"><p>关于我们 | 联系我们 | 网站地图</p>")
          .Append("<p>版权所有：某市人民政府办公室 网站标识码：3204000001 苏ICP备05000000号</p></div></body></html>");
        return sb.ToString();
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ReportPipeline.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReportPipeline.sln not found: run from inside the repository");
    }
}
