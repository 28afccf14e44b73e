namespace ReportPipeline.Infra.Tests.Package;

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Deployment package";
}
