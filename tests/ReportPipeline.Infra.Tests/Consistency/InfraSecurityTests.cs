using System.Text.RegularExpressions;
using ReportPipeline.Infra.Tests.Support;

namespace ReportPipeline.Infra.Tests.Consistency;

/// <summary>Identity over secrets, as the official Flex Consumption azd templates set it up.</summary>
public sealed class InfraSecurityTests
{
    [Fact]
    public void StorageAccount_SharedKeyAndPublicBlobAccess_AreOff()
    {
        var account = BicepFile.Load("infra/core/storage/storage-account.bicep").Text;
        Assert.Contains("allowSharedKeyAccess: false", account);
        Assert.Contains("allowBlobPublicAccess: false", account);
        Assert.Contains("minimumTlsVersion: 'TLS1_2'", account);
        Assert.DoesNotContain("listKeys(", account);
    }

    [Fact]
    public void AppIdentity_GetsBlobOwnerQueueAndTableContributorRoles()
    {
        var access = BicepFile.Load("infra/app/access.bicep").Text;
        Assert.Contains("'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'", access); // Storage Blob Data Owner
        Assert.Contains("'974c5e8b-45b9-4653-ba55-5f855dd0fb88'", access); // Storage Queue Data Contributor
        Assert.Contains("'0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'", access); // Storage Table Data Contributor
        Assert.Contains("'4633458b-17de-408a-b874-0445c86b69e6'", access); // Key Vault Secrets User
        Assert.Contains("var storageRoles = [storageBlobDataOwner, storageQueueDataContributor, storageTableDataContributor]", access);
        Assert.Matches(@"resource appStorageRoles '[^']+' = \[for role in storageRoles:", access);
    }

    [Fact]
    public void RoleAssignments_Names_AreDeterministicGuids()
    {
        var templates = Directory.GetFiles(RepoFiles.PathOf("infra"), "*.bicep", SearchOption.AllDirectories)
            .Select(f => BicepFile.Load(Path.GetRelativePath(RepoFiles.Root, f)));
        var assignments = 0;
        foreach (var template in templates)
        {
            foreach (Match m in Regex.Matches(template.Text, @"'Microsoft\.Authorization/roleAssignments@[^']+'"))
            {
                assignments++;
                Assert.Matches(@"^\s*name: guid\(", template.BlockAfter(m.Value, m.Index).Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]);
            }
        }
        Assert.True(assignments >= 6, $"expected the app's and the topic's role assignments, found {assignments}");
    }

    [Fact]
    public void FunctionApp_KeyVaultReferences_ResolveWithTheUserAssignedIdentity()
    {
        var app = BicepFile.Load("infra/app/function-app.bicep").Text;
        Assert.Contains("keyVaultReferenceIdentity: identityId", app);
        Assert.Contains("authentication: { type: 'UserAssignedIdentity', userAssignedIdentityResourceId: identityId }", app);
        var vault = BicepFile.Load("infra/core/security/key-vault.bicep").Text;
        Assert.Contains("enableRbacAuthorization: true", vault);
        Assert.Contains("name: 'smtp-password'", vault);
    }

    [Fact]
    public void Secrets_AreSecureParamsAndNeverCommittedValues()
    {
        var main = BicepFile.Load("infra/main.bicep").Text;
        Assert.Matches(@"@secure\(\)\s*\n(@description\([^\n]*\)\s*\n)?param smtpPassword string\s*\n", main);
        Assert.Matches(@"@secure\(\)\s*\n(@description\([^\n]*\)\s*\n)?param alertsSigningKey string\s*\n", main);
        var parameters = RepoFiles.Read("infra/main.parameters.json");
        Assert.Contains("\"smtpPassword\": { \"value\": \"${SMTP_PASSWORD}\" }", parameters);
        Assert.Contains("\"alertsSigningKey\": { \"value\": \"${ALERTS_SIGNING_KEY}\" }", parameters);
    }
}
