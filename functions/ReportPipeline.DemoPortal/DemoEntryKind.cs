namespace ReportPipeline.DemoPortal;

/// <summary>How a column entry is served.</summary>
public enum DemoEntryKind { HtmlPage, GbkPage, PageCopy, DocxAttachment, News, WebsiteReport }
