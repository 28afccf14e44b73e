using System.Text.Json.Serialization;

namespace ReportPipeline.Core.Model;

/// <summary>Where a publication date came from, in decreasing order of trust (DOMAIN.md §2).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DateEvidenceKind>))]
public enum DateEvidenceKind
{
    /// <summary>The detail page's own date line ("发布时间:2017-02-22", 发布日期 block).</summary>
    [JsonStringEnumMemberName("page-date")] PageDate,
    /// <summary>The PubDate meta tag.</summary>
    [JsonStringEnumMemberName("pubdate-meta")] PubDateMeta,
    /// <summary>The date beside the link on the list page.</summary>
    [JsonStringEnumMemberName("list-page-date")] ListPageDate,
    /// <summary>A TRS-style URL date (/202001/t20200120_80576.htm).</summary>
    [JsonStringEnumMemberName("url-date")] UrlDate,
    [JsonStringEnumMemberName("pdf-creation-date")] PdfCreationDate,
    [JsonStringEnumMemberName("http-last-modified")] HttpLastModified,
    /// <summary>The first time the crawler saw the document.</summary>
    [JsonStringEnumMemberName("first-seen")] FirstSeen,
}
