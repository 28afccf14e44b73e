using ReportPipeline.Alerts.Composition;
using ReportPipeline.Alerts.IntegrationTests.Infrastructure;
using ReportPipeline.Alerts.State;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.IntegrationTests.Unit;

public sealed class AnnouncementPolicyTests
{
    private static readonly DateTimeOffset _t0 = new(2017, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan _week = TimeSpan.FromDays(7);
    private static readonly Finding _error = SeedFindings.Chongchuan2016.Single(f => f.Rule == "sum.channels");
    private static readonly Finding _warning = SeedFindings.Chongchuan2016.Single(f => f.Severity == Severity.Warning);

    private static FindingRecord Open(Finding f) => new(f, FindingStatus.Open, _t0, _t0, null);
    private static FindingRecord Resolved(Finding f) => new(f, FindingStatus.Resolved, _t0, _t0, _t0);
    private static AlertState Told(FindingStatus status) => new("a@x.cn", _error.Key, status, _t0, 1);

    [Fact]
    public void Decide_OpenNeverAnnounced_IsNew() =>
        Assert.Equal(ChangeKind.New, AnnouncementPolicy.Decide(Open(_error), null, _t0, _week, false));

    [Fact]
    public void Decide_OpenAlreadyAnnounced_IsNothing() =>
        Assert.Null(AnnouncementPolicy.Decide(Open(_error), Told(FindingStatus.Open), _t0.AddDays(1), _week, true));

    [Fact]
    public void Decide_OpenErrorAfterReminderInterval_IsStillOpenOnlyWithReminders()
    {
        Assert.Equal(ChangeKind.StillOpen, AnnouncementPolicy.Decide(Open(_error), Told(FindingStatus.Open), _t0 + _week, _week, true));
        Assert.Null(AnnouncementPolicy.Decide(Open(_error), Told(FindingStatus.Open), _t0 + _week, _week, false));
    }

    [Fact]
    public void Decide_OpenWarningAfterReminderInterval_IsNothing() =>
        Assert.Null(AnnouncementPolicy.Decide(Open(_warning), Told(FindingStatus.Open), _t0.AddDays(30), _week, true));

    [Fact]
    public void Decide_ResolvedAfterOpenAnnounced_IsResolvedOnce()
    {
        Assert.Equal(ChangeKind.Resolved, AnnouncementPolicy.Decide(Resolved(_error), Told(FindingStatus.Open), _t0, _week, false));
        Assert.Null(AnnouncementPolicy.Decide(Resolved(_error), Told(FindingStatus.Resolved), _t0, _week, true));
    }

    [Fact]
    public void Decide_ResolvedNeverAnnounced_IsNothing() =>
        Assert.Null(AnnouncementPolicy.Decide(Resolved(_error), null, _t0, _week, true));

    [Fact]
    public void Decide_ReopenedAfterResolvedAnnounced_IsNew() =>
        Assert.Equal(ChangeKind.New, AnnouncementPolicy.Decide(Open(_error), Told(FindingStatus.Resolved), _t0, _week, false));
}
