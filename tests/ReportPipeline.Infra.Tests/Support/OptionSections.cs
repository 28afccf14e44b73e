using System.Reflection;

namespace ReportPipeline.Infra.Tests.Support;

/// <summary>
/// The configuration sections the code binds: every options class with a `Section`/`SectionName` constant, mapped to
/// its public property names. A setting "Section__Property" must name one of these exactly.
/// </summary>
public static class OptionSections
{
    private static readonly Type[] Anchors =
    [
        typeof(Alerts.Options.SmtpOptions), typeof(Parsing.ParserOptions),
        typeof(Crawling.CrawlerOptions), typeof(Checks.CheckerOptions),
    ];

    public static IReadOnlyDictionary<string, IReadOnlySet<string>> All { get; } = Discover();

    private static Dictionary<string, IReadOnlySet<string>> Discover()
    {
        var sections = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var type in Anchors.Select(a => a.Assembly).Distinct().SelectMany(a => a.GetExportedTypes()))
        {
            var constant = type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .FirstOrDefault(f => f.IsLiteral && f.Name is "Section" or "SectionName" && f.FieldType == typeof(string));
            if (constant?.GetRawConstantValue() is string section)
            {
                sections[section] = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.CanWrite)
                    .Select(p => p.Name)
                    .ToHashSet(StringComparer.Ordinal);
            }
        }
        return sections;
    }
}
