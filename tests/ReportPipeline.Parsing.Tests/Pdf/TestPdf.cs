using System.Globalization;
using System.Text;

namespace ReportPipeline.Parsing.Tests.Pdf;

/// <summary>
/// Writes small real PDFs: text placed at positions in a Type0 Identity-H font with a ToUnicode map (so pdftotext
/// reads Chinese without font files), or a page holding only an image (a "scan").
/// </summary>
internal sealed class TestPdf
{
    private readonly List<List<(double X, double Y, double Size, string Text)>> _pages = [];
    private readonly List<bool> _imageOnly = [];

    public TestPdf Page()
    {
        _pages.Add([]);
        _imageOnly.Add(false);
        return this;
    }

    public TestPdf ImagePage()
    {
        _pages.Add([]);
        _imageOnly.Add(true);
        return this;
    }

    /// <summary>Text at (x, y) in points from the top-left corner.</summary>
    public TestPdf Text(double x, double y, string text, double size = 10)
    {
        _pages[^1].Add((x, y, size, text));
        return this;
    }

    public byte[] Build(string creationDate = "D:20250225100250+08'00'")
    {
        var objects = new List<byte[]>();
        int Add(string body) { objects.Add(Latin(body)); return objects.Count; }
        int AddStream(string dict, byte[] data)
        {
            var head = Latin($"{dict.TrimEnd('>', ' ')} /Length {data.Length} >>\nstream\n");
            objects.Add([.. head, .. data, .. Latin("\nendstream")]);
            return objects.Count;
        }
        var catalog = Add("<< /Type /Catalog /Pages 2 0 R >>");
        Add("PAGES");
        var descriptor = Add("<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>");
        var cid = Add($"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /DW 1000 /CIDToGIDMap /Identity >>");
        var toUnicode = AddStream("<< >>", Latin(ToUnicodeCMap()));
        var font = Add($"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [{cid} 0 R] /ToUnicode {toUnicode} 0 R >>");
        var info = Add($"<< /CreationDate ({creationDate}) /Producer (ReportPipeline tests) >>");
        var kids = new List<int>();
        for (var p = 0; p < _pages.Count; p++)
        {
            var content = AddStream("<< >>", _imageOnly[p] ? ImageContent() : Latin(TextContent(_pages[p])));
            kids.Add(Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>"));
        }
        objects[1] = Latin($"<< /Type /Pages /Kids [{string.Join(" ", kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>");
        return Assemble(objects, catalog, info);
    }

    private static string TextContent(List<(double X, double Y, double Size, string Text)> items)
    {
        var sb = new StringBuilder();
        foreach (var (x, y, size, text) in items)
        {
            var hex = string.Concat(text.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
            sb.Append(CultureInfo.InvariantCulture, $"BT /F1 {size} Tf 1 0 0 1 {x} {842 - y} Tm <{hex}> Tj ET\n");
        }
        return sb.ToString();
    }

    private static byte[] ImageContent() =>
        [.. Latin("q 400 0 0 500 100 200 cm BI /W 2 /H 2 /CS /G /BPC 8 ID "), 0x00, 0xFF, 0xFF, 0x00, .. Latin("\nEI Q\n")];

    private static string ToUnicodeCMap()
    {
        var sb = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n");
        sb.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n");
        sb.Append("1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        for (var hi = 0; hi < 256; hi += 100)
        {
            var count = Math.Min(100, 256 - hi);
            sb.Append(CultureInfo.InvariantCulture, $"{count} beginbfrange\n");
            for (var h = hi; h < hi + count; h++)
                sb.Append(CultureInfo.InvariantCulture, $"<{h:X2}00> <{h:X2}FF> <{h:X2}00>\n");
            sb.Append("endbfrange\n");
        }
        return sb.Append("endcmap CMapName currentdict /CMap defineresource pop end end\n").ToString();
    }

    private static byte[] Assemble(List<byte[]> objects, int catalog, int info)
    {
        var output = new MemoryStream();
        void Write(byte[] b) => output.Write(b);
        Write(Latin("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write(Latin($"{i + 1} 0 obj\n"));
            Write(objects[i]);
            Write(Latin("\nendobj\n"));
        }
        var xref = output.Position;
        var sb = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root {catalog} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(Latin(sb.ToString()));
        return output.ToArray();
    }

    private static byte[] Latin(string s) => Encoding.Latin1.GetBytes(s);
}
