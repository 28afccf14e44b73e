using System.Text;

namespace ReportPipeline.DemoPortal;

/// <summary>The five seed reports (tests/fixtures/seeds/*.txt), embedded in this assembly, text kept byte for byte.</summary>
public static class SeedReports
{
    /// <summary>The seed's text by its number prefix ("000" … "004").</summary>
    public static string Text(string number)
    {
        var assembly = typeof(SeedReports).Assembly;
        var name = assembly.GetManifestResourceNames()
            .SingleOrDefault(n => n.StartsWith($"seeds.{number}_", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"seed {number} is not embedded in {assembly.GetName().Name}");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
