namespace ReportPipeline.Core.Canonical;

/// <summary>
/// Rows of the 2008-era 政府信息公开情况统计表 (DOMAIN.md §3A): cell id "stats2008.{row}".
/// Matched by label, never by position; local variants may lack rows.
/// </summary>
public static class Stats2008Rows
{
    public const string ProactiveTotal = "proactive.total";             // 主动公开政府信息数
    public const string ProactiveNormative = "proactive.normative";     // 其中主动公开规范性文件数
    public const string NormativeIssued = "normative.issued";           // 制发规范性文件总数
    public const string ChannelGazette = "channel.gazette";             // 政府公报
    public const string ChannelWebsite = "channel.website";             // 政府网站
    public const string ChannelWeibo = "channel.weibo";                 // 政务微博
    public const string ChannelWechat = "channel.wechat";               // 政务微信
    public const string ChannelOther = "channel.other";                 // 其他方式
    public const string ResponseHotspots = "response.hotspots";         // 回应热点数
    public const string ResponsePressConferences = "response.pressConferences"; // 新闻发布会次数
    public const string ResponsePressByLeaders = "response.pressByLeaders";     // 其中主要负责同志参加
    public const string ResponseInterviews = "response.interviews";     // 在线访谈次数
    public const string ResponseInterpretations = "response.interpretations"; // 政策解读稿件数
    public const string ResponseInterviewsByLeaders = "response.interviewsByLeaders"; // 其中主要负责同志参加政府网站在线访谈次数
    public const string ResponseWeiboWechat = "response.weiboWechat";   // 微博微信回应事件数
    public const string ResponseOther = "response.other";               // 其他方式回应事件数
    public const string ApplicationsReceived = "applications.received"; // 收到申请数
    public const string ApplicationsInPerson = "applications.inPerson"; // 当面申请数
    public const string ApplicationsFax = "applications.fax";           // 传真申请数
    public const string ApplicationsOnline = "applications.online";     // 网络申请数
    public const string ApplicationsLetter = "applications.letter";     // 信函申请数
    public const string ApplicationsClosed = "applications.closed";     // 申请办结数
    public const string ClosedOnTime = "closed.onTime";                 // 按时办结数
    public const string ClosedExtended = "closed.extended";             // 延期办结数
    public const string RepliesTotal = "replies.total";                 // 申请答复数
    public const string RepliesAlreadyPublic = "replies.alreadyPublic"; // 属于已主动公开范围数
    public const string RepliesAgreed = "replies.agreed";               // 同意公开答复数
    public const string RepliesPartial = "replies.partial";             // 同意部分公开答复数
    public const string RepliesRefused = "replies.refused";             // 不同意公开答复数
    public const string RefusedStateSecret = "refused.stateSecret";     // 其中：涉及国家秘密
    public const string RefusedCommercialSecret = "refused.commercialSecret"; // 涉及商业秘密
    public const string RefusedPrivacy = "refused.privacy";             // 涉及个人隐私
    public const string RefusedSafety = "refused.safety";               // 危及国家安全、公共安全、经济安全和社会稳定
    public const string RefusedNotGovInfo = "refused.notGovInfo";       // 不是《条例》所指政府信息
    public const string RefusedOtherLaw = "refused.otherLaw";           // 法律法规规定的其他情形
    public const string RepliesNotThisBody = "replies.notThisBody";     // 不属于本行政机关公开
    public const string RepliesNonexistent = "replies.nonexistent";     // 申请信息不存在
    public const string RepliesRedirectChange = "replies.redirectChange"; // 告知作出更改补充
    public const string RepliesRedirectOther = "replies.redirectOther"; // 告知通过其他途径办理
    public const string ReconsiderationTotal = "reconsideration.total"; // 行政复议数量
    public const string ReconsiderationUpheld = "reconsideration.upheld"; // 维持具体行政行为数
    public const string ReconsiderationCorrected = "reconsideration.corrected"; // 被依法纠错数
    public const string ReconsiderationOther = "reconsideration.other"; // 其他情形数
    public const string LitigationTotal = "litigation.total";           // 行政诉讼数量
    public const string LitigationUpheld = "litigation.upheld";         // 维持具体行政行为或者驳回原告诉讼请求数
    public const string LitigationCorrected = "litigation.corrected";   // 被依法纠错数
    public const string LitigationOther = "litigation.other";           // 其他情形数
    public const string Complaints = "complaints.total";                // 举报投诉数量
    public const string Fees = "fees.total";                            // 依申请公开信息收取的费用（万元）
    public const string OfficesDedicated = "org.dedicatedOffices";      // 设置政府信息公开专门机构数
    public const string OfficesReadingRooms = "org.readingRooms";       // 设置政府信息公开查阅点数
    public const string StaffTotal = "org.staff";                       // 从事政府信息公开工作人员数
    public const string StaffFullTime = "org.staffFullTime";            // 其中：专职人员数
    public const string StaffPartTime = "org.staffPartTime";            // 兼职人员数
    public const string Budget = "org.budget";                          // 政府信息公开专项经费（万元）
    public const string Meetings = "training.meetings";                 // 召开政府信息公开工作会议或专题会议数
    public const string Trainings = "training.sessions";                // 举办各类培训班数
    public const string TrainedPeople = "training.people";              // 接受培训人员数

    public static string CellId(string row) => $"{CanonicalTable.Stats2008}.{row}";
}
