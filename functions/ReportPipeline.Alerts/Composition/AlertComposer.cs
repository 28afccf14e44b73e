namespace ReportPipeline.Alerts.Composition;

/// <summary>Builds one recipient's email: subject with counts, HTML and text views grouped by agency then severity.</summary>
public static class AlertComposer
{
    public static ComposedEmail Compose(string recipient, IReadOnlyList<AlertItem> items, EmailKind kind, EmailLinks links)
    {
        if (items.Count == 0)
            throw new ArgumentException("An email needs at least one finding.", nameof(items));
        var groups = ReportGroup.Of(items);
        var ordered = groups.SelectMany(g => g.Severities).SelectMany(s => s.Items).ToList();
        var subject = AlertSubject.For(ordered, kind);
        return new ComposedEmail(recipient, subject, TextBodyWriter.Write(subject, groups, links),
            HtmlBodyWriter.Write(subject, groups, links), kind, ordered);
    }
}
