using System.Text;
using BenchmarkDotNet.Attributes;
using HtmlAgilityPack;
using ReportPipeline.Core.Parsing;
using ReportPipeline.Parsing;

namespace ReportPipeline.Benchmarks;

/// <summary>Whole parse of a corpus vs HtmlAgilityPack's bare load of the same bytes (the baseline), in one run.</summary>
public abstract class ParseBenchmarks
{
    private readonly ReportParser _parser = new(new ParserOptions());
    private IReadOnlyList<(string Name, byte[] Bytes, string ContentType)> _documents = [];

    protected abstract IReadOnlyList<(string Name, byte[] Bytes, string ContentType)> Load();

    [GlobalSetup]
    public void Setup() => _documents = Load();

    [Benchmark(Baseline = true, Description = "HtmlDocument.LoadHtml (bare)")]
    public int BareLoad()
    {
        var nodes = 0;
        foreach (var (_, bytes, _) in _documents)
        {
            var doc = new HtmlDocument();
            doc.LoadHtml(Encoding.UTF8.GetString(bytes));
            nodes += doc.DocumentNode.ChildNodes.Count;
        }
        return nodes;
    }

    [Benchmark(Description = "ReportParser.ParseAsync (whole parse)")]
    public async Task<int> Parse()
    {
        var parsed = 0;
        foreach (var (name, bytes, contentType) in _documents)
        {
            var result = await _parser.ParseAsync(new RawDocument(bytes, contentType, $"https://example.gov.cn/{name}", new Dictionary<string, string>()));
            if (!result.Succeeded) throw new InvalidOperationException($"{name}: {result.FailureReason}");
            parsed++;
        }
        return parsed;
    }
}

/// <summary>The five seeds as portal HTML pages.</summary>
public class SeedPagesBenchmark : ParseBenchmarks
{
    protected override IReadOnlyList<(string Name, byte[] Bytes, string ContentType)> Load() => BenchmarkCorpus.SeedPages();
}

/// <summary>The sample PDFs and DOCX (reported separately: pdftotext runs as a subprocess).</summary>
public class SamplesBenchmark : ParseBenchmarks
{
    protected override IReadOnlyList<(string Name, byte[] Bytes, string ContentType)> Load() => BenchmarkCorpus.Samples();
}
