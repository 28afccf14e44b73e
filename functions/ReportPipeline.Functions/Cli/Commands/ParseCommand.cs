using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Parsing;

namespace ReportPipeline.Functions.Cli.Commands;

/// <summary>`parse &lt;file-or-url&gt; [--json]`: exit 0 parsed, 1 not parseable or unknown format, 2 unusable input.</summary>
public static class ParseCommand
{
    public static async Task<int> RunAsync(CliArgs args)
    {
        var input = args.Positionals.FirstOrDefault() ?? throw new CliUsageException("parse needs a file or URL");
        await using var services = CliServices.Build(args);
        var document = await DocumentInput.LoadAsync(input, services, CancellationToken.None);
        var result = await services.GetRequiredService<IReportParser>().ParseAsync(document);
        if (result.Report is not { } report)
        {
            await Console.Error.WriteLineAsync($"error: {input}: {result.FailureReason}");
            return ExitCodes.Problem;
        }

        if (report.Format == ReportFormat.Unknown)
        {
            await Console.Error.WriteLineAsync($"error: {input}: not a recognisable annual report (format unknown)");
            return ExitCodes.Problem;
        }

        Console.Out.Write(args.Has("json") ? ReportJson.Serialize(ReportJson.ToJson(report)) + "\n"
            : ReportSummaryWriter.Write(report));
        return ExitCodes.Ok;
    }
}
