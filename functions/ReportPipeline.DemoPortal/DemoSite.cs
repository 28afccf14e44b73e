namespace ReportPipeline.DemoPortal;

/// <summary>
/// The demo column, newest first, two list pages of a TRS WCM site: five seed reports (one GBK page, one page copy
/// with "发布时间:", one only as a DOCX attachment) plus a news item and a 政府网站工作年度报表 the crawler must skip.
/// </summary>
public static class DemoSite
{
    public const string ColumnPath = "/xxgk/xxgknb/";
    public const int PageSize = 5;

    public static IReadOnlyList<DemoEntry> Entries { get; } =
    [
        new("常州市人民政府办公室2021年政府信息公开工作年度报告", new DateOnly(2022, 1, 25), 105, DemoEntryKind.GbkPage, "001"),
        new("金坛经济开发区2017年度政府信息公开工作年度报告", new DateOnly(2018, 1, 30), 104, DemoEntryKind.HtmlPage, "003"),
        new("区政府召开2017年政务公开工作推进会", new DateOnly(2017, 3, 1), 103, DemoEntryKind.News, null),
        new("2016年度政府网站工作年度报表", new DateOnly(2017, 1, 20), 102, DemoEntryKind.WebsiteReport, null),
        new("2016年崇川区政府信息公开工作年度报告", new DateOnly(2017, 2, 22), 123, DemoEntryKind.PageCopy, "002"),
        new("常州市钟楼区2016年政府信息公开年度报告", new DateOnly(2017, 3, 20), 101, DemoEntryKind.HtmlPage, "000"),
        new("2015年度常德经开区信息公开工作报告", new DateOnly(2016, 3, 28), 100, DemoEntryKind.DocxAttachment, "004"),
    ];

    public static int PageCount => (Entries.Count + PageSize - 1) / PageSize;

    /// <summary>"index.html" for page 0, "index_N.html" after.</summary>
    public static string ListPath(int page) => page == 0 ? $"{ColumnPath}index.html" : $"{ColumnPath}index_{page}.html";
}
