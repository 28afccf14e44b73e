using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.State;

/// <summary>
/// What one recipient was last told about one finding. <see cref="Sequence"/> counts announcements and feeds the
/// outbox id, so a re-opened finding is announced again while a redelivered message is not.
/// </summary>
public sealed record AlertState(
    string Recipient,
    string FindingKey,
    FindingStatus? LastAnnounced = null,
    DateTimeOffset? LastAnnouncedAt = null,
    int Sequence = 0,
    bool Pending = false)
{
    public AlertState Announced(FindingStatus status, DateTimeOffset at) =>
        this with { LastAnnounced = status, LastAnnouncedAt = at, Sequence = Sequence + 1, Pending = false };
}
