using System.Text.RegularExpressions;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Parsing.Analysis;

/// <summary>The publishing body: the signature at the end, else the title, else "由…编制", else the most named body.</summary>
internal static partial class AgencyReader
{
    private static readonly string[] LeadingNoise = ["请与", "并与", "经", "由", "向", "对", "在", "为", "以", "是", "按照", "根据", "优化", "可在"];

    public static string? Read(string? title, string text, IReadOnlyList<PlacedBlock> blocks)
    {
        var tail = blocks.Where(b => !b.Block.IsTable).TakeLast(3).Select(b => b.Block.Text.Trim());
        var signature = tail.LastOrDefault(t => Signature().IsMatch(t));
        if (signature is not null) return signature;
        if (FromTitle(title) is { } fromTitle) return fromTitle;
        var compiledBy = CompiledBy().Match(text);
        if (compiledBy.Success) return compiledBy.Groups["org"].Value;
        return MostNamed(text);
    }

    public static AgencyLevel Level(string agency)
    {
        if (OtherBody().IsMatch(agency)) return AgencyLevel.Other;
        if (Government().IsMatch(agency)) return AgencyLevel.Government;
        return AgencyLevel.Department;
    }

    private static string? FromTitle(string? title)
    {
        if (title is null) return null;
        var t = Year().Replace(title.Replace(" ", "", StringComparison.Ordinal), "");
        var cut = TitleTail().Match(t);
        if (!cut.Success || cut.Index < 2) return null;
        var name = t[..cut.Index].Trim('：', ':', '“', '”');
        return BareRegion().IsMatch(name) ? name + "人民政府" : name;
    }

    private static string? MostNamed(string text) =>
        Organisation().Matches(text).Select(m => StripNoise(m.Value))
            .GroupBy(n => n).OrderByDescending(g => g.Count()).ThenBy(g => text.IndexOf(g.Key, StringComparison.Ordinal))
            .Select(g => g.Key).FirstOrDefault();

    private static string StripNoise(string name)
    {
        foreach (var noise in LeadingNoise)
            if (name.StartsWith(noise, StringComparison.Ordinal) && name.Length > noise.Length + 3) return name[noise.Length..];
        return name;
    }

    [GeneratedRegex(@"^[\u4e00-\u9fff（）()]{4,30}(?:人民政府办公室|人民政府办公厅|人民政府|管理委员会|管委会|办公室|局|委员会|办事处)$")]
    private static partial Regex Signature();

    [GeneratedRegex(@"由(?<org>[\u4e00-\u9fff]{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府|管理委员会|管委会|开发区|办公室|局|委员会))(?:根据|依据|按照|编制|负责)")]
    private static partial Regex CompiledBy();

    [GeneratedRegex(@"[\u4e00-\u9fff]{2,15}?(?:人民政府办公室|人民政府办公厅|人民政府|管理委员会|管委会)")]
    private static partial Regex Organisation();

    [GeneratedRegex(@"\d{4}年度?")]
    private static partial Regex Year();

    [GeneratedRegex(@"政府信息公开|信息公开|政务公开|年度报告|工作报告")]
    private static partial Regex TitleTail();

    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,12}(?<!开发|经开|高新|园|新|工业|保税)(?:区|县|市|旗|自治州)$")]
    private static partial Regex BareRegion();

    [GeneratedRegex(@"开发区|经开区|高新区|管委会|管理委员会|园区|(?:镇|乡)(?:人民政府)?$|街道(?:办事处)?$")]
    private static partial Regex OtherBody();

    [GeneratedRegex(@"(?:人民政府(?:办公室|办公厅)?|(?<!人民)政府办公室|政府)$|^[\u4e00-\u9fff]{2,12}(?:区|县|市|旗|州)$")]
    private static partial Regex Government();
}
