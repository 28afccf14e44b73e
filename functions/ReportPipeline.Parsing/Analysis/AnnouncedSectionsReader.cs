using System.Text.RegularExpressions;

namespace ReportPipeline.Parsing.Analysis;

/// <summary>The parts the introduction promises: "全文包括…", "本年报由…六部分组成".</summary>
internal static partial class AnnouncedSectionsReader
{
    private const int IntroLength = 2000;
    private static readonly string[] CompleteEndings =
        ["情况", "措施", "事项", "概述", "概况", "问题", "内容", "说明", "其他", "工作", "情形", "方面", "附表", "统计表"];

    public static IReadOnlyList<string> Read(string text)
    {
        var intro = text.Length > IntroLength ? text[..IntroLength] : text;
        var m = FullText().Match(intro);
        if (!m.Success) m = MadeOf().Match(intro);
        return m.Success ? Split(m.Groups["list"].Value) : [];
    }

    private static List<string> Split(string list)
    {
        var fragments = list.Split("以及").SelectMany(p => Separators().Split(p))
            .Select(f => f.Trim().TrimStart('和', '及').Trim()).Where(f => f.Length > 0).ToList();
        var items = new List<string>();
        var pending = "";
        foreach (var f in fragments)
        {
            var item = pending.Length > 0 ? $"{pending}、{f}" : f;
            if (CompleteEndings.Any(e => item.EndsWith(e, StringComparison.Ordinal)) || f == fragments[^1])
            {
                items.Add(item);
                pending = "";
            }
            else pending = item;
        }
        return items;
    }

    [GeneratedRegex(@"全文(?:包括|共分|分为|由)(?<list>[^。]+?)(?:等(?=[，,。；]|内容|部分|几个部分)|(?:[一二三四五六七八九十]+|\d+)个?部分|。)")]
    private static partial Regex FullText();

    [GeneratedRegex(@"(?:本年报|本报告|年报|报告)(?:主要)?由(?<list>[^。]{4,300}?)(?:[一二三四五六七八九十\d]+个?部分)?组成")]
    private static partial Regex MadeOf();

    [GeneratedRegex(@"[，,、；;]")]
    private static partial Regex Separators();
}
