using ReportPipeline.Core.Canonical;
using static ReportPipeline.Core.Canonical.ApplicationsTable;

namespace ReportPipeline.Checks.Sums;

/// <summary>Table 申请 (2019 and 2021 formats): the printed identity and the sums by design, per column and per row.</summary>
internal static class ApplicationsSums
{
    public static IEnumerable<SumIdentity> Build(bool is2021)
    {
        var results = ResultRows(is2021);
        foreach (var column in Columns)
        {
            yield return new SumIdentity($"applications.identity.{column}", SumKind.PrintedIdentity,
                [Cell(New, column), Cell(CarriedOver, column)], SumRelation.Equal,
                [Cell(Total, column), Cell(CarriedForward, column)],
                "申请情况表：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理", "applications.identity");
            yield return new SumIdentity($"applications.results.{column}", SumKind.Total,
                [Cell(Total, column)], SumRelation.Equal, results.Select(r => Cell(r, column)).ToArray(),
                "申请情况表：（七）总计 = （一）至（六）各项办理结果之和", "applications.results");
        }
        string[] rows = [New, CarriedOver, .. results, Total, CarriedForward];
        foreach (var row in rows)
        {
            yield return new SumIdentity($"applications.row.{row}", SumKind.Total,
                [Cell(row, "total")], SumRelation.Equal, ApplicantColumns.Select(c => Cell(row, c)).ToArray(),
                "申请情况表：总计 = 自然人 + 五类法人或其他组织之和", "applications.row");
        }
    }

    private static string Cell(string row, string column) =>
        CanonicalTable.CellId(CanonicalTable.Applications, row, column);
}
