using System.Text;

namespace ReportPipeline.Alerts.Composition;

/// <summary>Makes report-derived text safe for a mail header: no CR, LF or other control characters.</summary>
public static class HeaderText
{
    public static string Clean(string text, int maxLength = 200)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var control = char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085';
            if (control && builder.Length > 0 && builder[^1] != ' ')
                builder.Append(' ');
            else if (!control)
                builder.Append(c);
        }
        var clean = builder.ToString().Trim();
        return clean.Length <= maxLength ? clean : string.Concat(clean.AsSpan(0, maxLength - 1), "…");
    }
}
