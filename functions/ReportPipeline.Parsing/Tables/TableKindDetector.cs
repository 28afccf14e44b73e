using ReportPipeline.Core.Canonical;

namespace ReportPipeline.Parsing.Tables;

/// <summary>Which canonical table a grid is, from the labels it prints.</summary>
internal static class TableKindDetector
{
    public static string Detect(string text)
    {
        bool Has(string s) => text.Contains(s, StringComparison.Ordinal);
        if (Has("本年新收") || (Has("予以公开") && Has("不予公开"))) return CanonicalTable.Applications;
        if (Has("主动公开政府信息数") || Has("申请办结数") || Has("收到申请数")) return CanonicalTable.Stats2008;
        if (Has("行政复议") && (Has("尚未审结") || Has("复议后起诉") || Has("直接起诉"))) return CanonicalTable.Review;
        if (Has("第二十条") || (Has("规章") && Has("规范性文件")) || (Has("行政许可") && Has("行政处罚"))) return CanonicalTable.Active;
        return CanonicalTable.Unknown;
    }
}
