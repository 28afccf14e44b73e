using System.Net;

namespace ReportPipeline.Core.Storage;

/// <summary>A storage service said no: carries its error code (e.g. "ContainerNotFound") and request id.</summary>
public sealed class StorageException(HttpStatusCode status, string errorCode, string? requestId, string message)
    : Exception($"{message} (HTTP {(int)status} {errorCode}, request {requestId ?? "-"})")
{
    public HttpStatusCode Status { get; } = status;
    public string ErrorCode { get; } = errorCode;
    public string? RequestId { get; } = requestId;
}
