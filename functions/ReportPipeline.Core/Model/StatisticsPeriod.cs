namespace ReportPipeline.Core.Model;

/// <summary>"本年报中所列数据的统计期限自2016年1月1日起至2016年12月31日止".</summary>
public sealed record StatisticsPeriod(DateOnly From, DateOnly To, string Sentence);
