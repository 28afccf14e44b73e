namespace ReportPipeline.Checks;

/// <summary>
/// Agency names as reports print them: "洪泽区人民政府" in one year, "淮安市洪泽区人民政府" in the next. Two names
/// denote the same body when equal or when one is the other with a region prefix.
/// </summary>
public static class AgencyNames
{
    private const int MinimumChars = 4;

    public static bool Same(string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
        {
            return false;
        }
        if (a == b)
        {
            return true;
        }
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= MinimumChars && longer.EndsWith(shorter, StringComparison.Ordinal);
    }
}
