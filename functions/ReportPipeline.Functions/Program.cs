using ReportPipeline.Functions.Cli;

// In Azure the Functions host starts this executable with "serve" and FUNCTIONS_CUSTOMHANDLER_PORT set.
var portSet = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT"));
return await CliApp.RunAsync(args, portSet);
