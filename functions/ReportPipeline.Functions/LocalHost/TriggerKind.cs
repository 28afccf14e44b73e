namespace ReportPipeline.Functions.LocalHost;

public enum TriggerKind { Timer, Queue, Blob, Http }
