using System.Globalization;
using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Checks.Tests.Support;

/// <summary>Hand-built parsed reports: a clean baseline per format, changed one fact at a time by the tests.</summary>
internal static class Reports
{
    public static ParsedReport Narrative(string text, int year = 2016, string agency = "测试区人民政府") => new()
    {
        ReportId = Id(text + agency + year),
        Title = $"{agency}{year}年政府信息公开工作年度报告",
        Agency = agency,
        AgencyLevel = AgencyLevel.Government,
        ReportYear = year,
        Format = ReportFormat.Narrative2008,
        Text = text,
        ParserVersion = "test",
        SourceUrl = "https://example.gov.cn/report.html",
    };

    public const string CleanNarrativeText =
        "一、概述\n本年度我区累计主动公开政府信息876条，受理政府信息公开申请8件。\n" +
        "二、主动公开政府信息情况\n全年通过政府网站主动公开政府信息876条，全文电子化率为100%。\n" +
        "三、依申请公开政府信息情况\n全年共受理政府信息公开申请8件，其中2件不是《条例》所指政府信息，4件不属于本行政机关公开范围，2件申请信息不存在。\n" +
        "四、复议、诉讼情况\n全年没有关于政府信息公开事务的行政复议和行政诉讼。\n" +
        "五、主要问题和改进措施\n下一步我区将按照上级要求，回应群众关切，狠抓推进落实，切实把政务公开工作推向深入。\n";

    public static ParsedReport CleanNarrative(int year = 2016, string agency = "测试区人民政府") =>
        Narrative(CleanNarrativeText, year, agency) with { Sections = SectionsOf(CleanNarrativeText) };

    /// <summary>A 2021-format report where every identity holds and the text agrees with the tables.</summary>
    public static ParsedReport Clean2021(int year = 2021, string agency = "测试市人民政府办公室",
        Action<Dictionary<string, string>>? edit = null, string? text = null)
    {
        var cells = Standard2021Cells();
        edit?.Invoke(cells);
        var body = text ?? Standard2021Text;
        return new ParsedReport
        {
            ReportId = Id(string.Join(";", cells.Select(c => c.Key + c.Value)) + body + agency + year),
            Title = $"{agency}{year}年政府信息公开工作年度报告",
            Agency = agency,
            AgencyLevel = AgencyLevel.Government,
            ReportYear = year,
            Format = ReportFormat.Standard2021,
            Text = body,
            Sections = SectionsOf(body),
            Tables = TablesOf(cells),
            StatisticsPeriod = new StatisticsPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31),
                $"本年报中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止"),
            ParserVersion = "test",
            SourceUrl = "https://example.gov.cn/2021.html",
        };
    }

    public const string Standard2021Text =
        "一、总体情况\n本年度共收到政府信息公开申请10件，已依法依规答复政府信息公开申请10件。全年发生行政诉讼2件。\n" +
        "二、主动公开政府信息情况\n全年制发行政规范性文件3件，现行有效行政规范性文件20件。\n" +
        "三、收到和处理政府信息公开申请情况\n见下表。\n" +
        "四、政府信息公开行政复议、行政诉讼情况\n见下表。\n" +
        "五、存在的主要问题及改进情况\n一是政府信息公开平台建设和管理有待进一步提升，二是政务公开场所建设有待加强。下一年度将加强平台建设。\n" +
        "六、其他需要报告的事项\n本年度政府信息公开事项未收取任何费用。\n";

    public static Dictionary<string, string> Standard2021Cells()
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        var natural = new Dictionary<string, int>
        {
            [ApplicationsTable.New] = 10, [ApplicationsTable.CarriedOver] = 2, [ApplicationsTable.Disclosed] = 5,
            [ApplicationsTable.Partial] = 1, ["refused.1"] = 1, ["unavailable.1"] = 2, ["other.3"] = 1,
            [ApplicationsTable.Total] = 10, [ApplicationsTable.CarriedForward] = 2,
        };
        string[] rows = [ApplicationsTable.New, ApplicationsTable.CarriedOver, .. ApplicationsTable.ResultRows(true),
            ApplicationsTable.Total, ApplicationsTable.CarriedForward];
        foreach (var row in rows)
        {
            foreach (var column in ApplicationsTable.Columns)
            {
                var value = column is "natural" or "total" ? natural.GetValueOrDefault(row) : 0;
                cells[CanonicalTable.CellId(CanonicalTable.Applications, row, column)] = N(value);
            }
        }
        SetReview(cells, ReviewTable.Reconsideration, 1, 0, 0, 0);
        SetReview(cells, ReviewTable.LitigationDirect, 2, 0, 0, 0);
        SetReview(cells, ReviewTable.LitigationAfterReview, 0, 0, 0, 0);
        SetActive(cells, ActiveTable.Rules, 1, 0, 5);
        SetActive(cells, ActiveTable.NormativeDocs, 3, 1, 20);
        return cells;
    }

    public static IReadOnlyList<ReportTable> TablesOf(IReadOnlyDictionary<string, string> cells) =>
        cells.GroupBy(c => c.Key[..c.Key.IndexOf('.', StringComparison.Ordinal)])
            .Select((g, i) => new ReportTable(g.Key, i, [],
                g.ToDictionary(c => c.Key, c => Cell(c.Value), StringComparer.Ordinal),
                new Dictionary<string, string>()))
            .ToArray();

    public static CellValue Cell(string raw)
    {
        var approximate = raw.StartsWith('约') || raw.EndsWith('余') || raw.EndsWith('多');
        var digits = raw.Trim('约', '余', '多');
        return decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? new CellValue(raw, value, approximate)
            : new CellValue(raw, null);
    }

    /// <summary>Top-level sections from lines "一、标题" followed by their text (as the parser gives them).</summary>
    public static IReadOnlyList<ReportSection> SectionsOf(string text)
    {
        var sections = new List<ReportSection>();
        var lines = text.Split('\n');
        var offset = 0;
        var numerals = "一二三四五六七八九十";
        foreach (var line in lines)
        {
            if (line.Length > 2 && numerals.Contains(line[0], StringComparison.Ordinal) && line[1] == '、')
            {
                sections.Add(new ReportSection(line[..1], line[2..], 1, line, offset, offset + line.Length));
            }
            else if (sections.Count > 0)
            {
                var last = sections[^1];
                sections[^1] = last with { Text = last.Text + "\n" + line, End = offset + line.Length };
            }
            offset += line.Length + 1;
        }
        return sections;
    }

    private static void SetReview(Dictionary<string, string> cells, string group, int upheld, int corrected, int other, int pending)
    {
        int[] values = [upheld, corrected, other, pending, upheld + corrected + other + pending];
        for (var i = 0; i < values.Length; i++)
        {
            cells[CanonicalTable.CellId(CanonicalTable.Review, group, ReviewTable.Outcomes[i])] = N(values[i]);
        }
    }

    private static void SetActive(Dictionary<string, string> cells, string row, int issued, int repealed, int current)
    {
        cells[CanonicalTable.CellId(CanonicalTable.Active, row, ActiveTable.Issued)] = N(issued);
        cells[CanonicalTable.CellId(CanonicalTable.Active, row, ActiveTable.Repealed)] = N(repealed);
        cells[CanonicalTable.CellId(CanonicalTable.Active, row, ActiveTable.Current)] = N(current);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Id(string seed) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed)))[..16];
}
