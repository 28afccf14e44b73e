using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Alerts;

namespace ReportPipeline.Functions.Cli.Commands;

/// <summary>`alerts preview [--recipient ADDR] [--html FILE]`: what the next alerts run would send; sends nothing.</summary>
public static class AlertsCommand
{
    public static async Task<int> RunAsync(CliArgs args)
    {
        if (args.Positionals.FirstOrDefault() != "preview")
        {
            throw new CliUsageException("usage: alerts preview [--recipient ADDR] [--html FILE]");
        }

        await using var services = CliServices.Build(args);
        var recipient = args.Get("recipient");
        var preview = await services.GetRequiredService<AlertPreview>().RenderAsync(recipient, CancellationToken.None);
        Console.Out.Write(preview.Text);
        if (args.Get("html") is { } file)
        {
            var html = preview.Html(recipient) ?? throw new CliInputException("nothing to render: no email would be sent");
            await File.WriteAllTextAsync(file, html);
            await Console.Error.WriteLineAsync($"HTML written to {file}");
        }

        return ExitCodes.Ok;
    }
}
