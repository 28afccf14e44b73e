namespace ReportPipeline.Functions.Cli;

public static class Usage
{
    public const string Text = """
        reportpipeline <command> [options]

          serve [--port N]                       the custom handler (default when FUNCTIONS_CUSTOMHANDLER_PORT is set)
          host [--once] [--run-timers-now]       local Functions host: timers, queues, blob events from host.json
               [--timeout SECONDS]               and functions/*/function.json, delivered to the handler over HTTP
          parse <file-or-url> [--json]           parse one report; --json prints the whole model
          check <file-or-url>... [--json]        parse and check reports (exit 0 clean, 1 error finding, 2 unusable)
          crawl [--portal ID] [--once]           crawl now, with progress and a summary
          alerts preview [--recipient ADDR] [--html FILE]
                                                 render what would be sent, without sending
          reparse [--prefix P]                   re-parse every raw blob (after a parser upgrade), re-queue checks
          provision [--subscriptions FILE]       create the containers, queues and tables; load subscriptions

        Common options: --root DIR (folder holding host.json; default: found upwards from here)
        """;
}
