using ReportPipeline.Parsing.Input;

namespace ReportPipeline.Parsing.Text;

/// <summary>Plain text reports (page copies, conversions): chrome lines out, flattened tables back into grids.</summary>
internal static class PlainTextExtractor
{
    public static ExtractedDocument Extract(string text)
    {
        var chrome = new List<string>();
        var kept = new List<string>();
        foreach (var line in TextNormalizer.Normalize(text).Split('\n'))
        {
            var trimmed = line.Trim();
            if (ChromeLines.IsChrome(trimmed)) chrome.Add(trimmed);
            else kept.Add(trimmed);
        }
        return new ExtractedDocument(TextBlockReader.Read(kept)) { ChromeText = string.Join('\n', chrome) };
    }
}
