namespace ReportPipeline.Crawling.Fetching;

/// <summary>A fetch was stopped before connecting: the target address is not allowed (see <see cref="AddressGuard"/>).</summary>
public sealed class AddressRefusedException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
