using ReportPipeline.Crawling.Classification;
using ReportPipeline.Crawling.Discovery;

namespace ReportPipeline.Crawling.Handlers;

/// <summary>Everything known about a report document before it is stored: the list entry, its class, its page.</summary>
internal sealed record DocumentContext(ListItem Item, LinkClassification Class, DetailPage? Page = null, Uri? ParentUrl = null);
