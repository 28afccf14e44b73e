using ReportPipeline.Core.Portals;

namespace ReportPipeline.Crawling.Discovery;

/// <summary>Reads one list page of a portal family; <paramref name="pageIndex"/> is 0 for the first page.</summary>
public interface IListPageParser
{
    ListPage Parse(string html, Uri pageUrl, Uri firstPageUrl, int pageIndex, PortalDefinition portal);
}
