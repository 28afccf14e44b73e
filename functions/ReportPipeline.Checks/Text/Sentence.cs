namespace ReportPipeline.Checks.Text;

/// <summary>A sentence of the report's text (split at 。！？；, line breaks) with its offset.</summary>
public sealed record Sentence(string Text, int Offset)
{
    private static readonly char[] _enders = ['。', '！', '？', '；', ';', '\n', '\r'];

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOfAny(_enders, start);
            var stop = end < 0 ? text.Length : end;
            var piece = text[start..stop].Trim();
            if (piece.Length > 0)
            {
                sentences.Add(new Sentence(piece, start));
            }
            start = stop + 1;
        }
        return sentences;
    }
}
