namespace ReportPipeline.Parsing.Tests.Pdf;

/// <summary>A two-page 2021-format report laid out like the WPS PDFs portals publish (figures from 淮安市 2024).</summary>
internal static class SampleReportPdf
{
    private static readonly int[] Columns = [250, 295, 340, 385, 430, 475, 520];

    public static byte[] Build()
    {
        var pdf = new TestPdf().Page()
            .Text(220, 60, "测试市人民政府", 20)
            .Text(130, 90, "2024年政府信息公开工作年度报告", 20)
            .Text(106, 130, "一、总体情况", 14)
            .Text(106, 155, "2024年，全市共受理政府信息公开申请3119件。", 14)
            .Text(106, 185, "二、主动公开政府信息情况", 14)
            .Text(70, 210, "第二十条第（一）项")
            .Text(70, 230, "信息内容").Text(200, 230, "本年制发件数").Text(300, 230, "本年废止件数").Text(400, 230, "现行有效件数")
            .Text(70, 250, "规章").Text(230, 250, "1").Text(330, 250, "0").Text(430, 250, "11")
            .Text(70, 270, "行政规范性文件").Text(230, 270, "8").Text(330, 270, "26").Text(430, 270, "66")
            .Text(106, 300, "三、收到和处理政府信息公开申请情况", 14)
            .Text(250, 325, "自然人", 7).Text(295, 325, "商业企业", 7).Text(520, 325, "总计", 7);
        Row(pdf, 350, "一、本年新收政府信息公开申请数量", 3001, 53, 0, 0, 61, 4, 3119);
        Row(pdf, 372, "二、上年结转政府信息公开申请数量", 34, 0, 0, 0, 0, 0, 34);
        Row(pdf, 394, "（一）予以公开", 1288, 21, 0, 0, 50, 3, 1362);
        pdf.Text(90, 410, "（二）部分公开（区分处理的，只计这一情", 7);
        Row(pdf, 421, null, 447, 7, 0, 0, 0, 0, 454);
        pdf.Text(90, 432, "形，不计其他情形）", 7);
        pdf.Text(280, 800, "-1-");
        pdf.Page();
        pdf.Text(90, 60, "1、申请人无正当理由逾期不补", 7);
        Row(pdf, 72, "正、行政机关不再处理其政府信息公开申请", 67, 3, 0, 0, 1, 0, 71);
        pdf.Text(90, 84, "息公开申请", 7);
        Row(pdf, 106, "（七）总计", 2932, 53, 0, 0, 61, 4, 3050);
        Row(pdf, 128, "四、结转下年度继续办理", 103, 0, 0, 0, 0, 0, 103);
        pdf.Text(106, 160, "四、政府信息公开行政复议、行政诉讼情况", 14)
            .Text(70, 185, "行政复议").Text(330, 185, "行政诉讼")
            .Text(70, 200, "结果维持", 7).Text(110, 200, "结果纠正", 7).Text(150, 200, "其他结果", 7).Text(190, 200, "尚未审结", 7).Text(230, 200, "总计", 7);
        int[] review = [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20];
        for (var i = 0; i < review.Length; i++) pdf.Text(70 + i * 34, 225, review[i].ToString(System.Globalization.CultureInfo.InvariantCulture), 7);
        pdf.Text(280, 800, "-2-");
        return pdf.Build();
    }

    private static void Row(TestPdf pdf, double y, string? label, params int[] values)
    {
        if (label is not null) pdf.Text(label.StartsWith("正", StringComparison.Ordinal) ? 90 : 70, y, label, label.Length > 18 ? 7 : 10);
        for (var c = 0; c < values.Length; c++) pdf.Text(Columns[c], y, values[c].ToString(System.Globalization.CultureInfo.InvariantCulture), 7);
    }
}
