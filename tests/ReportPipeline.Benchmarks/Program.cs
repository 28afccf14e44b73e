using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ReportPipeline.Benchmarks;

// Short in-process job: a few minutes on two cores. Ratios compare methods of the same run, so they are the figures to trust.
if (args.Length > 0 && args[0] == "--cpu") { CpuTimeRun.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20); return 0; }
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
var summaries = BenchmarkSwitcher.FromTypes([typeof(SeedPagesBenchmark), typeof(SamplesBenchmark)]).Run(args, config);
foreach (var summary in summaries) PrintThroughput(summary);
return 0;

static void PrintThroughput(Summary summary)
{
    var corpus = summary.BenchmarksCases.FirstOrDefault()?.Descriptor.Type == typeof(SamplesBenchmark)
        ? BenchmarkCorpus.Samples() : BenchmarkCorpus.SeedPages();
    var megabytes = corpus.Sum(d => d.Bytes.Length) / 1_000_000.0;
    foreach (var report in summary.Reports.Where(r => r.ResultStatistics is not null))
    {
        var seconds = report.ResultStatistics!.Mean / 1e9;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.BenchmarkCase.Descriptor.Type.Name} | {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo} | " +
            $"{corpus.Count} docs, {megabytes:0.000} MB | {seconds * 1000:0.00} ms/corpus | {corpus.Count / seconds:0.0} reports/s | {megabytes / seconds:0.00} MB/s (one core)"));
    }
}
