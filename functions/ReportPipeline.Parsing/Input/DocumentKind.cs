namespace ReportPipeline.Parsing.Input;

internal enum DocumentKind { Html, Text, Pdf, Docx }
