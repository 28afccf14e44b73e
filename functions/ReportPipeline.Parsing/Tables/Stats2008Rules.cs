using ReportPipeline.Core.Canonical;
using S = ReportPipeline.Core.Canonical.Stats2008Rows;

namespace ReportPipeline.Parsing.Tables;

/// <summary>Rows of the 2008-era 政府信息公开情况统计表, matched by label (local variants reorder and drop rows).</summary>
internal static class Stats2008Rules
{
    private const string Reconsideration = "reconsideration";
    private const string Litigation = "litigation";

    public static IReadOnlyList<RowRule> All { get; } =
    [
        new(S.ProactiveTotal, "（一）主动公开政府信息数", ["主动公开政府信息数"]),
        new(S.ProactiveNormative, "其中：主动公开规范性文件数", ["主动公开规范性文件"]),
        new(S.NormativeIssued, "制发规范性文件总数", ["制发规范性文件"]),
        new(S.ChannelGazette, "1.政府公报公开政府信息数", ["政府公报公开"]),
        new(S.ChannelWebsite, "2.政府网站公开政府信息数", ["政府网站公开"]),
        new(S.ChannelWeibo, "3.政务微博公开政府信息数", ["政务微博公开"]),
        new(S.ChannelWechat, "4.政务微信公开政府信息数", ["政务微信公开"]),
        new(S.ChannelOther, "5.其他方式公开政府信息数", ["其他方式公开"]),
        new(S.ResponseHotspots, "（一）回应公众关注热点或重大舆情数", ["回应公众关注热点", "重大舆情数"]),
        new(S.ResponsePressConferences, "1.参加或举办新闻发布会总次数", ["新闻发布会总次数", "举办新闻发布会"]),
        new(S.ResponsePressByLeaders, "其中：主要负责同志参加新闻发布会次数", ["参加新闻发布会次数"]),
        new(S.ResponseInterviews, "2.政府网站在线访谈次数", ["在线访谈次数"]),
        new(S.ResponseInterviewsByLeaders, "其中：主要负责同志参加政府网站在线访谈次数", ["参加政府网站在线访谈"]),
        new(S.ResponseInterpretations, "3.政策解读稿件发布数", ["政策解读稿件"]),
        new(S.ResponseWeiboWechat, "4.微博微信回应事件数", ["微博微信回应"]),
        new(S.ResponseOther, "5.其他方式回应事件数", ["其他方式回应"]),
        new(S.ApplicationsReceived, "（一）收到申请数", ["收到申请数"]),
        new(S.ApplicationsInPerson, "1.当面申请数", ["当面申请"]),
        new(S.ApplicationsFax, "2.传真申请数", ["传真申请"]),
        new(S.ApplicationsOnline, "3.网络申请数", ["网络申请"]),
        new(S.ApplicationsLetter, "4.信函申请数", ["信函申请"]),
        new(S.ApplicationsClosed, "（二）申请办结数", ["申请办结数"]),
        new(S.ClosedOnTime, "1.按时办结数", ["按时办结"]),
        new(S.ClosedExtended, "2.延期办结数", ["延期办结"]),
        new(S.RepliesTotal, "（三）申请答复数", ["申请答复数"]),
        new(S.RepliesAlreadyPublic, "1.属于已主动公开范围数", ["已主动公开范围"]),
        new(S.RepliesAgreed, "2.同意公开答复数", ["同意公开答复"]),
        new(S.RepliesPartial, "3.同意部分公开答复数", ["同意部分公开"]),
        new(S.RepliesRefused, "4.不同意公开答复数", ["不同意公开答复"]),
        new(S.RefusedStateSecret, "其中：涉及国家秘密", ["国家秘密"]),
        new(S.RefusedCommercialSecret, "涉及商业秘密", ["商业秘密"]),
        new(S.RefusedPrivacy, "涉及个人隐私", ["个人隐私"]),
        new(S.RefusedSafety, "危及国家安全、公共安全、经济安全和社会稳定", ["危及国家安全", "经济安全和社会稳定"]),
        new(S.RefusedNotGovInfo, "不是《条例》所指政府信息", ["所指政府信息"]),
        new(S.RefusedOtherLaw, "法律法规规定的其他情形", ["法律法规规定的其他情形"]),
        new(S.RepliesNotThisBody, "5.不属于本行政机关公开数", ["不属于本行政机关"]),
        new(S.RepliesNonexistent, "6.申请信息不存在数", ["申请信息不存在"]),
        new(S.RepliesRedirectChange, "7.告知作出更改补充数", ["更改补充"]),
        new(S.RepliesRedirectOther, "8.告知通过其他途径办理数", ["通过其他途径"]),
        new(S.ReconsiderationTotal, "四、行政复议数量", ["行政复议数量"], SetsGroup: Reconsideration),
        new(S.ReconsiderationUpheld, "（一）维持具体行政行为数", ["维持具体行政行为", "维持"], Group: Reconsideration),
        new(S.ReconsiderationCorrected, "（二）被依法纠错数", ["被依法纠错", "纠错"], Group: Reconsideration),
        new(S.ReconsiderationOther, "（三）其他情形数", ["其他情形"], Group: Reconsideration),
        new(S.LitigationTotal, "五、行政诉讼数量", ["行政诉讼数量"], SetsGroup: Litigation),
        new(S.LitigationUpheld, "（一）维持具体行政行为或者驳回原告诉讼请求数", ["驳回原告诉讼请求", "维持"], Group: Litigation),
        new(S.LitigationCorrected, "（二）被依法纠错数", ["被依法纠错", "纠错"], Group: Litigation),
        new(S.LitigationOther, "（三）其他情形数", ["其他情形"], Group: Litigation),
        new(S.Complaints, "六、举报投诉数量", ["举报投诉数量"]),
        new(S.Fees, "七、依申请公开信息收取的费用（万元）", ["收取的费用"]),
        new(S.OfficesDedicated, "（一）政府信息公开工作专门机构数", ["专门机构数"]),
        new(S.OfficesReadingRooms, "（二）设置政府信息公开查阅点数", ["查阅点数"]),
        new(S.StaffTotal, "（三）从事政府信息公开工作人员数", ["从事政府信息公开工作人员"]),
        new(S.StaffFullTime, "1.专职人员数", ["专职人员"]),
        new(S.StaffPartTime, "2.兼职人员数", ["兼职人员"]),
        new(S.Budget, "（四）政府信息公开专项经费（万元）", ["专项经费"]),
        new(S.Meetings, "（一）召开政府信息公开工作会议或专题会议数", ["专题会议数", "工作会议"]),
        new(S.Trainings, "（二）举办各类培训班数", ["培训班数"]),
        new(S.TrainedPeople, "（三）接受培训人员数", ["接受培训人员"]),
    ];

    public static string CellId(RowRule rule) => Stats2008Rows.CellId(rule.RowId);
}
