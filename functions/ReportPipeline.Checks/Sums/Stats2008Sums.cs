using static ReportPipeline.Core.Canonical.Stats2008Rows;

namespace ReportPipeline.Checks.Sums;

/// <summary>Every "=" and "其中" of the 2008-era 政府信息公开情况统计表, and the channel inequality.</summary>
internal static class Stats2008Sums
{
    public static IEnumerable<SumIdentity> Build()
    {
        yield return Total(ApplicationsReceived, "收到申请数 = 当面 + 传真 + 网络 + 信函",
            ApplicationsInPerson, ApplicationsFax, ApplicationsOnline, ApplicationsLetter);
        yield return Total(ApplicationsClosed, "申请办结数 = 按时办结数 + 延期办结数", ClosedOnTime, ClosedExtended);
        yield return Total(RepliesTotal, "申请答复数 = 八类答复之和",
            RepliesAlreadyPublic, RepliesAgreed, RepliesPartial, RepliesRefused,
            RepliesNotThisBody, RepliesNonexistent, RepliesRedirectChange, RepliesRedirectOther);
        yield return Total(RepliesRefused, "不同意公开答复数 = 其中六类情形之和",
            RefusedStateSecret, RefusedCommercialSecret, RefusedPrivacy, RefusedSafety, RefusedNotGovInfo, RefusedOtherLaw);
        yield return Total(ReconsiderationTotal, "行政复议数量 = 维持 + 被依法纠错 + 其他情形",
            ReconsiderationUpheld, ReconsiderationCorrected, ReconsiderationOther);
        yield return Total(LitigationTotal, "行政诉讼数量 = 维持或驳回 + 被依法纠错 + 其他情形",
            LitigationUpheld, LitigationCorrected, LitigationOther);
        yield return Total(StaffTotal, "从事政府信息公开工作人员数 = 专职 + 兼职", StaffFullTime, StaffPartTime);
        yield return new SumIdentity($"stats2008.{ProactiveTotal}.channels", SumKind.Channels,
            [CellId(ChannelGazette), CellId(ChannelWebsite), CellId(ChannelWeibo), CellId(ChannelWechat), CellId(ChannelOther)],
            SumRelation.AtLeast, [CellId(ProactiveTotal)],
            "各渠道公开政府信息数之和 ≥ 主动公开政府信息数（不同渠道公开相同信息计1条）");
        yield return Part(ProactiveTotal, ProactiveNormative, "其中主动公开规范性文件数 ≤ 主动公开政府信息数");
        yield return Part(ResponsePressConferences, ResponsePressByLeaders, "其中主要负责同志参加次数 ≤ 新闻发布会总次数");
    }

    private static SumIdentity Total(string total, string description, params string[] parts) =>
        new($"stats2008.{total}", SumKind.Total, [CellId(total)], SumRelation.Equal,
            parts.Select(CellId).ToArray(), "统计表：" + description);

    private static SumIdentity Part(string whole, string part, string description) =>
        new($"stats2008.{part}.part", SumKind.PartOfWhole, [CellId(whole)], SumRelation.AtLeast, [CellId(part)],
            "统计表：" + description);
}
