using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Checks;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Parsing;

namespace ReportPipeline.Functions.Cli.Commands;

/// <summary>
/// `check &lt;file-or-url&gt;... [--json]`: parses and checks the reports as one series (several years of one agency
/// enable the cross-year rules). Exit 0 no error finding, 1 an error finding, 2 unusable input.
/// </summary>
public static class CheckCommand
{
    public static async Task<int> RunAsync(CliArgs args)
    {
        if (args.Positionals.Count == 0)
        {
            throw new CliUsageException("check needs at least one file or URL");
        }

        await using var services = CliServices.Build(args);
        var reports = new List<ParsedReport>();
        foreach (var input in args.Positionals)
        {
            var result = await services.GetRequiredService<IReportParser>()
                .ParseAsync(await DocumentInput.LoadAsync(input, services, CancellationToken.None));
            reports.Add(result.Report ?? throw new CliInputException($"{input}: {result.FailureReason}"));
        }

        var findings = services.GetRequiredService<ReportChecker>()
            .CheckSeries(reports, services.GetRequiredService<TimeProvider>());
        Console.Out.Write(args.Has("json") ? PipelineJson.Serialize(findings, indented: true) + "\n" : Describe(findings));
        return findings.Any(f => f.Severity == Severity.Error) ? ExitCodes.Problem : ExitCodes.Ok;
    }

    private static string Describe(IReadOnlyList<Finding> findings)
    {
        var text = new StringBuilder();
        foreach (var group in findings.GroupBy(f => (f.Agency, f.ReportYear)))
        {
            text.AppendLine($"{group.Key.Agency} {group.Key.ReportYear}");
            foreach (var finding in group.OrderByDescending(f => f.Severity))
            {
                text.AppendLine($"  [{finding.Severity.ToString().ToLowerInvariant()}] {finding.Rule} @ {finding.Location}: {finding.Message}");
                if (finding.Evidence.Arithmetic is { } arithmetic)
                {
                    text.AppendLine($"      {arithmetic}");
                }
            }
        }

        var errors = findings.Count(f => f.Severity == Severity.Error);
        text.AppendLine($"{findings.Count} finding(s): {errors} error(s)");
        return text.ToString();
    }
}
