using System.Text.RegularExpressions;

namespace ReportPipeline.Parsing.Input;

/// <summary>Lines that are page furniture, not report text: breadcrumbs, footers, share bars, page numbers.</summary>
internal static partial class ChromeLines
{
    public static bool IsChrome(string line)
    {
        var t = line.Trim();
        if (t.Length == 0 || t.Length > 120) return false;
        return Furniture().IsMatch(t) || PageNumber().IsMatch(t);
    }

    [GeneratedRegex(@"您当前所在位置|当前位置[:：]|您现在的位置|版权所有|关于我们|联系我们|网站地图|技术支持[:：]|ICP备|备案号|分辨率|扫一扫在手机|打印本页|关闭窗口|【字体|字体[:：]\s*[大中小]|分享到|网站标识码|公网安备|主办单位[:：]|承办单位[:：]")]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^(?:-\s*\d{1,3}\s*-|—\s*\d{1,3}\s*—|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3})$")]
    private static partial Regex PageNumber();
}
