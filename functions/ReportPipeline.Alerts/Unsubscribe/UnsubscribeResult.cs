namespace ReportPipeline.Alerts.Unsubscribe;

/// <summary>The http function's answer: a status code and a small HTML page.</summary>
public sealed record UnsubscribeResult(int StatusCode, string Html);
