using System.ComponentModel.DataAnnotations;

namespace ReportPipeline.Parsing;

/// <summary>Limits and tools of the parser (configuration section "Parser").</summary>
public sealed class ParserOptions
{
    public const string SectionName = "Parser";

    /// <summary>Documents larger than this are refused (default 20 MiB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Time allowed for one document, including PDF conversion (default 60 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The poppler pdftotext executable (a name on PATH or a full path).</summary>
    [Required]
    public string PdfToTextPath { get; set; } = "pdftotext";

    /// <summary>Cap on pdftotext output, so a hostile PDF cannot exhaust memory (default 64 MiB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxConverterOutputBytes { get; set; } = 64L * 1024 * 1024;
}
