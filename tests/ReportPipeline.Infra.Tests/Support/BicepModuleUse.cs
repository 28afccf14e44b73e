namespace ReportPipeline.Infra.Tests.Support;

/// <summary>A `module symbol 'path' = { params: { ... } }` declaration and the param names it passes.</summary>
public sealed record BicepModuleUse(string Symbol, string Path, IReadOnlyList<string> PassedParams);
