namespace ReportPipeline.Core.Findings;

/// <summary>The Findings table. Implemented in ReportPipeline.Checks; read by alerts and the dashboard.</summary>
public interface IFindingsRepository
{
    /// <summary>A finding by <see cref="FindingKey"/>, or null.</summary>
    Task<FindingRecord?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Findings filtered by any of agency, report year and status.</summary>
    IAsyncEnumerable<FindingRecord> ListAsync(string? agency = null, int? reportYear = null,
        FindingStatus? status = null, CancellationToken cancellationToken = default);
}
