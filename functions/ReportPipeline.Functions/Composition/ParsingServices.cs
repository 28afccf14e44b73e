using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportPipeline.Core.Parsing;
using ReportPipeline.Core.Reports;
using ReportPipeline.Parsing;
using ReportPipeline.Parsing.Storage;

namespace ReportPipeline.Functions.Composition;

/// <summary>The parser (options "Parser", validated at start-up), the parsed-report tables and ParseReport's handler.</summary>
public static class ParsingServices
{
    public static IServiceCollection AddPipelineParsing(this IServiceCollection services)
    {
        services.AddOptions<ParserOptions>().BindConfiguration(ParserOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IReportParser>(sp => new ReportParser(sp.GetRequiredService<IOptions<ParserOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ReportParser>>()));
        services.AddSingleton<TableParsedReportRepository>();
        services.AddSingleton<IParsedReportRepository>(sp => sp.GetRequiredService<TableParsedReportRepository>());
        services.AddSingleton<ParseReportHandler>();
        return services;
    }
}
