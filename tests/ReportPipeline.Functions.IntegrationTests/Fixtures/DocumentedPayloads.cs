namespace ReportPipeline.Functions.IntegrationTests.Fixtures;

/// <summary>
/// Request payloads in the shapes the Azure Functions custom-handler docs show (functions-custom-handlers.md:
/// "Request payload" for a queue trigger, the http "req" object), with our binding names.
/// </summary>
public static class DocumentedPayloads
{
    public static object Queue(string messageText, int dequeueCount = 1) => new
    {
        Data = new Dictionary<string, object?> { ["message"] = messageText },
        Metadata = new Dictionary<string, object?>
        {
            ["DequeueCount"] = dequeueCount,
            ["ExpirationTime"] = "2019-10-16T17:58:31+00:00",
            ["Id"] = "800ae4b3-bdd2-4c08-badd-f08e5a34b865",
            ["InsertionTime"] = "2019-10-09T17:58:31+00:00",
            ["NextVisibleTime"] = "2019-10-09T18:08:32+00:00",
            ["PopReceipt"] = "AgAAAAMAAAAAAAAAAgtnj8x+1QE=",
            ["sys"] = new { MethodName = "QueueTrigger", UtcNow = "2019-10-09T17:58:32.2205399Z", RandGuid = "24ad4c06-24ad-4e5b-8294-3da9714877e9" },
        },
    };

    public static object Timer(string functionName) => new
    {
        Data = new Dictionary<string, object?>
        {
            ["timer"] = new
            {
                Schedule = new { AdjustForDST = true },
                ScheduleStatus = new { Last = "2024-01-01T02:00:00+00:00", Next = "2024-01-02T02:00:00+00:00", LastUpdated = "2024-01-01T02:00:00+00:00" },
                IsPastDue = false,
            },
        },
        Metadata = new Dictionary<string, object?>
        {
            ["sys"] = new { MethodName = functionName, UtcNow = "2024-01-01T02:00:00.0000000Z", RandGuid = Guid.NewGuid() },
        },
    };

    public static object Blob(string container, string name) => new
    {
        Data = new Dictionary<string, object?> { ["rawBlob"] = null },
        Metadata = new Dictionary<string, object?>
        {
            ["BlobTrigger"] = $"{container}/{name}",
            ["name"] = name,
            ["Uri"] = $"http://127.0.0.1:10000/devstoreaccount1/{container}/{name}",
            ["sys"] = new { MethodName = "ParseReport", UtcNow = "2024-01-01T02:00:00.0000000Z", RandGuid = Guid.NewGuid() },
        },
    };

    public static object Http(string method, string url) => new
    {
        Data = new Dictionary<string, object?>
        {
            ["req"] = new
            {
                Url = url,
                Method = method,
                Query = "{}",
                Headers = new Dictionary<string, string[]> { ["Accept"] = ["application/json"] },
                Params = new { },
                Body = (string?)null,
            },
        },
        Metadata = new { },
    };
}
