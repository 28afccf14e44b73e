using System.Text;
using ReportPipeline.Checks.Text;

namespace ReportPipeline.Checks.Copy;

/// <summary>
/// MinHash signature of a report's prose: character shingles over its sentences of at least
/// <see cref="MinSentenceChars"/> characters (table cells and headings drop out), numbers folded so that
/// a copied text with this year's numbers still counts as copied.
/// </summary>
public sealed class TextFingerprint
{
    public const int MinSentenceChars = 15;
    public const int ShingleChars = 8;
    public const int HashCount = 128;

    private readonly ulong[] _minima;

    private TextFingerprint(ulong[] minima, IReadOnlyList<string> sentences)
    {
        _minima = minima;
        Sentences = sentences;
    }

    /// <summary>The normalised long sentences the signature was built from.</summary>
    public IReadOnlyList<string> Sentences { get; }

    public bool IsEmpty => Sentences.Count == 0;

    public static TextFingerprint Of(string text)
    {
        var sentences = Sentence.Split(text).Select(s => Normalize(s.Text))
            .Where(s => s.Length >= MinSentenceChars).Distinct().ToArray();
        var minima = Enumerable.Repeat(ulong.MaxValue, HashCount).ToArray();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i + ShingleChars <= sentence.Length; i++)
            {
                var shingle = Fnv(sentence.AsSpan(i, ShingleChars));
                for (var k = 0; k < HashCount; k++)
                {
                    minima[k] = Math.Min(minima[k], Mix(shingle, (ulong)k));
                }
            }
        }
        return new TextFingerprint(minima, sentences);
    }

    /// <summary>Estimated Jaccard similarity of the two shingle sets (0 when either text has no prose).</summary>
    public double Similarity(TextFingerprint other) =>
        IsEmpty || other.IsEmpty ? 0 : (double)_minima.Zip(other._minima).Count(p => p.First == p.Second) / HashCount;

    /// <summary>Sentences appearing in both texts, longest first.</summary>
    public IReadOnlyList<string> SharedSentences(TextFingerprint other, int max) =>
        Sentences.Intersect(other.Sentences, StringComparer.Ordinal).OrderByDescending(s => s.Length).Take(max).ToArray();

    internal static string Normalize(string sentence)
    {
        var text = new StringBuilder(sentence.Length);
        foreach (var c in sentence)
        {
            if (char.IsDigit(c))
            {
                // A run of digits becomes one '#': "8件" and "11件" read the same.
                if (text.Length == 0 || text[^1] != '#')
                {
                    text.Append('#');
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    private static ulong Fnv(ReadOnlySpan<char> chars)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in chars)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>SplitMix64 of the shingle hash with the permutation index: independent-enough hash functions.</summary>
    private static ulong Mix(ulong value, ulong seed)
    {
        var z = value + ((seed + 1) * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
