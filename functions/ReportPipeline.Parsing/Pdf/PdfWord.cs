namespace ReportPipeline.Parsing.Pdf;

/// <summary>A word with its box; <see cref="Top"/>/<see cref="Bottom"/> are offset by page so pages stack in reading order.</summary>
internal sealed record PdfWord(string Text, int Page, double Left, double Top, double Right, double Bottom)
{
    public const double PageStride = 10000;

    public double Height => Bottom - Top;
    public double CenterY => (Top + Bottom) / 2;
}
