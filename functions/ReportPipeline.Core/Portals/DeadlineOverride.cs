using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Portals;

/// <summary>A stricter (or looser) local deadline, with the notice that sets it.</summary>
/// <param name="Month">Month of the deadline in the year after the report year.</param>
/// <param name="Day">Day of that month.</param>
/// <param name="AppliesTo">The agency level it binds, or null for every level of the portal's bodies.</param>
/// <param name="FromReportYear">First report year it applies to.</param>
/// <param name="Source">The notice, e.g. "常政办发〔2020〕12号".</param>
public sealed record DeadlineOverride(int Month, int Day, AgencyLevel? AppliesTo, int FromReportYear, string Source);
