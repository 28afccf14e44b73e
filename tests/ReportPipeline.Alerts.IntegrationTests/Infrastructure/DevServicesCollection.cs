namespace ReportPipeline.Alerts.IntegrationTests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class DevServicesCollection : ICollectionFixture<DevServicesFixture>
{
    public const string Name = "dev services";
}
