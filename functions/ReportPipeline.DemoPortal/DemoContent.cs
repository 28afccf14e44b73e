using System.Text;

namespace ReportPipeline.DemoPortal;

/// <summary>Every path the demo portal serves, built once at start-up.</summary>
public static class DemoContent
{
    public const string RobotsTxt = "User-agent: *\nDisallow: /manage/\n";

    public static IReadOnlyDictionary<string, DemoResource> Build()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding(936);
        var latest = DemoSite.Entries.Max(e => e.Published);
        var map = new Dictionary<string, DemoResource>(StringComparer.Ordinal)
        {
            ["/robots.txt"] = new(Encoding.UTF8.GetBytes(RobotsTxt), "text/plain; charset=utf-8", latest),
            ["/"] = Html($"<html><head><meta charset=\"utf-8\"><title>演示门户</title></head><body><a href=\"{DemoSite.ListPath(0)}\">政府信息公开年报</a></body></html>", latest),
        };
        for (var page = 0; page < DemoSite.PageCount; page++)
            map[DemoSite.ListPath(page)] = Html(DemoPages.ListPage(page), latest);
        map[DemoSite.ColumnPath] = map[DemoSite.ListPath(0)];
        foreach (var e in DemoSite.Entries)
        {
            map[e.Path] = e.Kind == DemoEntryKind.GbkPage
                ? new DemoResource(Gbk(gbk, DemoPages.Detail(e, "GBK")), "text/html; charset=GBK", e.Published)
                : Html(DemoPages.Detail(e, "utf-8"), e.Published);
            if (e.Kind == DemoEntryKind.DocxAttachment)
                map[e.AttachmentPath] = new DemoResource(DemoDocx.FromText(SeedReports.Text(e.Seed!)),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", e.Published);
        }
        return map;
    }

    private static DemoResource Html(string html, DateOnly modified) =>
        new(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", modified);

    /// <summary>GBK bytes; fails loudly if a character has no GBK form (the seed text must survive unchanged).</summary>
    private static byte[] Gbk(Encoding gbk, string html)
    {
        var strict = Encoding.GetEncoding(gbk.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        return strict.GetBytes(html);
    }
}
