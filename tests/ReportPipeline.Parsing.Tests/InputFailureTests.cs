using System.Text;
using ReportPipeline.Core.Parsing;

namespace ReportPipeline.Parsing.Tests;

/// <summary>Bad input gets a one-line reason, never an exception.</summary>
public class InputFailureTests
{
    [Fact]
    public async Task ParseAsync_EmptyBytes_FailsAsEmpty()
    {
        var result = await ParserFixture.Parser.ParseAsync(RawDocument.FromBytes([]));

        Assert.Equal("empty document: no bytes to parse", result.FailureReason);
    }

    [Fact]
    public async Task ParseAsync_OnlyWhitespaceAndChrome_FailsAsNoReadableText()
    {
        var result = await ParserFixture.Parser.ParseAsync(RawDocument.FromBytes(Encoding.UTF8.GetBytes("  \n\n版权所有：某某\n  ")));

        Assert.Equal("empty document: no readable text", result.FailureReason);
    }

    [Fact]
    public async Task ParseAsync_LargerThanMaxBytes_FailsAsTooLarge()
    {
        var parser = new ReportParser(new ParserOptions { MaxBytes = 16 });

        var result = await parser.ParseAsync(RawDocument.FromBytes(new byte[17]));

        Assert.Equal("document too large: 17 bytes exceeds the limit of 16 bytes", result.FailureReason);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A }, "image file, not a document: OCR needed")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1 }, "legacy Word/Excel (.doc/.xls) file is not supported: publish it as DOCX or PDF")]
    [InlineData(new byte[] { 0x01, 0x00, 0x02, 0x00 }, "unsupported binary content (application/octet-stream)")]
    public async Task ParseAsync_UnsupportedContent_FailsWithTheReason(byte[] bytes, string reason)
    {
        var result = await ParserFixture.Parser.ParseAsync(RawDocument.FromBytes(bytes, "application/octet-stream"));

        Assert.Equal(reason, result.FailureReason);
    }

    [Fact]
    public async Task ParseAsync_GbkPlainTextWithoutCharset_DetectsGb18030()
    {
        var bytes = Input.TextDecoder.Gb18030.GetBytes(File.ReadAllText(RepoPaths.Seed("000")));

        var report = await ParserFixture.ParseAsync(bytes, "text/plain");

        Assert.Equal("常州市钟楼区人民政府", report.Agency);
        Assert.Equal(6, report.Sections.Count(s => s.Level == 1));
    }

    [Fact]
    public async Task ParseAsync_MetadataAgencyAndYear_OverrideTextAndWarnWhenTheyDiffer()
    {
        var metadata = new Dictionary<string, string>
        {
            ["agency"] = "常州市钟楼区人民政府办公室", ["reportyear"] = "2017", ["agencylevel"] = "department",
            ["pagepubdate"] = "2017-03-01", ["fetchedat"] = "2017-03-05T02:00:00Z",
        };

        var report = await ParserFixture.ParseAsync(File.ReadAllBytes(RepoPaths.Seed("000")), "text/plain", metadata: metadata);

        Assert.Equal("常州市钟楼区人民政府办公室", report.Agency);
        Assert.Equal(2017, report.ReportYear);
        Assert.Equal(Core.Model.AgencyLevel.Department, report.AgencyLevel);
        Assert.Contains(report.Warnings, w => w.Contains("2017", StringComparison.Ordinal) && w.Contains("2016", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Warnings, w => w.Contains("agency", StringComparison.Ordinal));
        Assert.Equal(Core.Model.DateEvidenceKind.PubDateMeta, report.PublishedOn?.Kind);
        Assert.Equal(2, report.DateSignals.Count);
    }
}
