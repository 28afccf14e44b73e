using ReportPipeline.Alerts.Composition;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.State;

/// <summary>
/// Announce a finding once when it opens and once when it resolves; remind about still-open errors only after
/// the reminder interval. Returns null when there is nothing to say.
/// </summary>
public static class AnnouncementPolicy
{
    public static ChangeKind? Decide(FindingRecord record, AlertState? state, DateTimeOffset now,
        TimeSpan reminderInterval, bool includeReminders)
    {
        if (record.Status == FindingStatus.Resolved)
            return state?.LastAnnounced == FindingStatus.Open ? ChangeKind.Resolved : null;
        if (state?.LastAnnounced != FindingStatus.Open)
            return ChangeKind.New;
        var due = state.LastAnnouncedAt is not { } last || now - last >= reminderInterval;
        return includeReminders && due && record.Finding.Severity == Severity.Error ? ChangeKind.StillOpen : null;
    }

    public static FindingStatus StatusAfter(ChangeKind change) =>
        change == ChangeKind.Resolved ? FindingStatus.Resolved : FindingStatus.Open;
}
