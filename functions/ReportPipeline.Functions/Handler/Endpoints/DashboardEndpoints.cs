using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Messages;
using ReportPipeline.Functions.Dashboard;

namespace ReportPipeline.Functions.Handler.Endpoints;

/// <summary>Dashboard (GET /api/dashboard, HTML) and FindingsApi (GET /api/findings?agency=&amp;year=&amp;status=, JSON).</summary>
public static class DashboardEndpoints
{
    public static void MapDashboardFunctions(this WebApplication app)
    {
        app.MapGet("/api/dashboard", async (IFindingsRepository findings, CancellationToken ct) =>
        {
            var open = await ListAsync(findings, null, null, FindingStatus.Open, ct);
            return Results.Content(DashboardPage.Render(open), "text/html; charset=utf-8");
        });
        app.MapGet("/api/findings", async (string? agency, int? year, string? status, IFindingsRepository findings,
            CancellationToken ct) =>
        {
            FindingStatus? wanted = status switch
            {
                null or "" => null,
                "open" => FindingStatus.Open,
                "resolved" => FindingStatus.Resolved,
                _ => throw new BadHttpRequestException("status must be open or resolved"),
            };
            var list = await ListAsync(findings, agency, year, wanted, ct);
            return Results.Json(list, PipelineJson.Options);
        });
    }

    private static async Task<List<FindingRecord>> ListAsync(IFindingsRepository findings, string? agency, int? year,
        FindingStatus? status, CancellationToken ct)
    {
        var list = new List<FindingRecord>();
        await foreach (var record in findings.ListAsync(agency, year, status, ct))
        {
            list.Add(record);
        }

        return list;
    }
}
