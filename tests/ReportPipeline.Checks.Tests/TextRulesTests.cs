using ReportPipeline.Checks.Tests.Support;
using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Findings;
using static ReportPipeline.Checks.Tests.Support.Reports;

namespace ReportPipeline.Checks.Tests;

public class TextRulesTests
{
    private const string Litigation = "共办理信息公开行政诉讼7起，其中维持具体行政行为或者驳回原告诉讼请求数6件，其他情形数1件。";

    [Fact]
    public void Check_TextOtherOutcomeDiffersFromTable_ErrorWithSentenceAndCells()
    {
        var report = RuleCases.WithStats(Narrative(CleanNarrativeText + Litigation),
            (Stats2008Rows.LitigationTotal, "7"), (Stats2008Rows.LitigationUpheld, "6"),
            (Stats2008Rows.LitigationCorrected, "1"), (Stats2008Rows.LitigationOther, "0"));

        var findings = Check.Run(report).Rule("text-table.mismatch");

        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("text:litigation.other", finding.Location);
        Assert.Equal("0", finding.Evidence.Cells![Stats2008Rows.CellId(Stats2008Rows.LitigationOther)]);
        Assert.Contains("其他情形数1件", finding.Evidence.Sentences![0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReceivedEqualsNewPlusCarriedOver_IsAMatch()
    {
        var report = Clean2021(text: Standard2021Text.Replace("申请10件，已", "申请12件，已", StringComparison.Ordinal));

        Assert.DoesNotContain(Check.Run(report), f => f.Rule.StartsWith("text-table.", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_FilingCountDiffers_WarningNotError()
    {
        var report = Clean2021(text: Standard2021Text + "全年收到备案的政府信息公开申请30件。\n");

        var findings = Check.Run(report);

        Assert.Empty(findings.Rule("text-table.mismatch"));
        Assert.Equal(Severity.Warning, Assert.Single(findings.Rule("text-table.scope")).Severity);
    }

    [Fact]
    public void Check_ConsultationPartsBelowApproximateWhole_Warning()
    {
        var report = Narrative(CleanNarrativeText + "我区2015年度共接受市民咨询约8000人次，其中咨询电话接听约1000人次，当面咨询约5000次，网上咨询约1000人次。");

        var finding = Assert.Single(Check.Run(report).Rule("narrative.parts-sum"));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("约1000人次 + 约5000次 + 约1000人次 = 7000 < 约8000人次", finding.Evidence.Arithmetic);
    }

    [Fact]
    public void Check_ExactPartsAboveWhole_Error()
    {
        var report = Narrative(CleanNarrativeText + "全年共受理申请8件，其中同意公开5件，不予公开4件。");

        Assert.Equal(Severity.Error, Assert.Single(Check.Run(report).Rule("narrative.parts-sum")).Severity);
    }

    [Fact]
    public void Check_ListWithoutQizhong_NoPartsSumFinding()
    {
        var report = Narrative(CleanNarrativeText + "12345平台共受理群众诉求793684件，直接答复处理619682件，形成工单派发成员单位193256件。");

        Assert.Empty(Check.Run(report).Rule("narrative.parts-sum"));
    }

    [Fact]
    public void Check_2021OutcomeRestatedWrongly_ErrorAgainstReviewTable()
    {
        var report = Clean2021(text: Standard2021Text + "政府信息公开行政诉讼2件，其中结果维持2件，结果纠正1件。\n");

        var finding = Assert.Single(Check.Run(report).Rule("text-table.mismatch"));

        Assert.Equal("text:litigation.corrected", finding.Location);
        Assert.Equal(["review.litigationDirect.corrected", "review.litigationAfterReview.corrected"], finding.Evidence.Cells!.Keys);
    }
}
