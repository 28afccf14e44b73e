namespace ReportPipeline.Parsing.Pdf;

internal enum PdfLineKind { Paragraph, Heading, Short, MultiCell, NumericRow }
