using ReportPipeline.Core.Messages;

namespace ReportPipeline.Functions.Handler;

/// <summary>The payload-form answer of an HTTP function: Outputs.res = { statusCode, body, headers }.</summary>
public static class HttpOutput
{
    public static InvocationResponse Of(int statusCode, object body, string contentType = "application/json") =>
        new()
        {
            Outputs =
            {
                ["res"] = new Dictionary<string, object?>
                {
                    ["statusCode"] = statusCode,
                    ["body"] = body as string ?? PipelineJson.Serialize(body),
                    ["headers"] = new Dictionary<string, string> { ["Content-Type"] = contentType },
                },
            },
        };
}
