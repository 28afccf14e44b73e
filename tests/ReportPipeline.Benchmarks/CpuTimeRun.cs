using System.Diagnostics;
using System.Globalization;
using System.Text;
using HtmlAgilityPack;
using ReportPipeline.Core.Parsing;
using ReportPipeline.Parsing;

namespace ReportPipeline.Benchmarks;

/// <summary>
/// `--cpu`: the same two workloads measured by this process's CPU time instead of wall time, so figures hold on a
/// machine shared with other work (reports/s and MB/s per core of CPU actually used).
/// </summary>
public static class CpuTimeRun
{
    public static void Run(int rounds)
    {
        var parser = new ReportParser(new ParserOptions());
        foreach (var (name, corpus) in new[] { ("seed pages (HTML)", BenchmarkCorpus.SeedPages()), ("samples (PDF/DOCX)", BenchmarkCorpus.Samples()) })
        {
            if (corpus.Count == 0) continue;
            var megabytes = corpus.Sum(d => d.Bytes.Length) / 1_000_000.0;
            var bare = Measure(rounds, () =>
            {
                foreach (var d in corpus) new HtmlDocument().LoadHtml(Encoding.UTF8.GetString(d.Bytes));
            });
            var parse = Measure(rounds, () =>
            {
                foreach (var d in corpus)
                    if (!parser.ParseAsync(new RawDocument(d.Bytes, d.ContentType, "https://example.gov.cn/x", new Dictionary<string, string>())).GetAwaiter().GetResult().Succeeded)
                        throw new InvalidOperationException(d.Name);
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {corpus.Count} docs, {megabytes:0.000} MB | bare load {bare * 1000:0.00} ms CPU/corpus | parse {parse * 1000:0.00} ms CPU/corpus | " +
                $"ratio {parse / bare:0.00} | {corpus.Count / parse:0.0} reports/s | {megabytes / parse:0.00} MB/s per core"));
        }
    }

    /// <summary>CPU seconds per round (this process's threads; pdftotext child processes are not included).</summary>
    private static double Measure(int rounds, Action round)
    {
        round();
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        for (var i = 0; i < rounds; i++) round();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalSeconds / rounds;
    }
}
