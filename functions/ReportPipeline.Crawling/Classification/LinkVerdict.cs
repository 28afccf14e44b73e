namespace ReportPipeline.Crawling.Classification;

/// <summary>What a list entry is, as far as its title and URL tell.</summary>
public enum LinkVerdict
{
    /// <summary>A 政府信息公开工作年度报告 (or its attachment).</summary>
    AnnualReport,
    /// <summary>Something else: news, 网站年度报表, a work plan, a notice.</summary>
    Rejected,
}
