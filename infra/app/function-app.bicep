// The Flex Consumption plan and the function app (Linux, custom handler) with every app setting the code reads.
// Setting names use "__" for configuration sections (Linux app settings cannot contain ':').
param name string
param planName string
param location string
param tags object = {}
param storageAccountName string
param deploymentContainerName string
param identityId string
param identityClientId string
param applicationInsightsName string
param runtimeVersion string
param maximumInstanceCount int
param instanceMemoryMB int

@description('host, port, enableStartTls, userName, from (the password comes from Key Vault).')
param smtp object
param smtpPasswordSecretUri string
param alertsSigningKeySecretUri string
param crawlerContact string = ''

@description('Where the package puts the bundled pdftotext (scripts/package.sh); the app content root on Linux.')
param pdfToTextPath string = '/home/site/wwwroot/poppler/pdftotext'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'reportpipeline' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: { minTlsVersion: '1.2', ftpsState: 'Disabled' }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${account.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: { type: 'UserAssignedIdentity', userAssignedIdentityResourceId: identityId }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: { name: 'custom', version: runtimeVersion }
    }
  }

  resource appSettings 'config' = {
    name: 'appsettings'
    properties: {
      // Identity-based AzureWebJobsStorage: read by the Functions host and by StorageAccount.FromSettings.
      AzureWebJobsStorage__accountName: account.name
      AzureWebJobsStorage__blobServiceUri: account.properties.primaryEndpoints.blob
      AzureWebJobsStorage__queueServiceUri: account.properties.primaryEndpoints.queue
      AzureWebJobsStorage__tableServiceUri: account.properties.primaryEndpoints.table
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
      Smtp__Host: smtp.host
      Smtp__Port: smtp.port
      Smtp__EnableSsl: smtp.enableStartTls
      Smtp__UserName: smtp.userName
      Smtp__From: smtp.from
      Smtp__Password: '@Microsoft.KeyVault(SecretUri=${smtpPasswordSecretUri})'
      Alerts__SigningKey: '@Microsoft.KeyVault(SecretUri=${alertsSigningKeySecretUri})'
      Alerts__DashboardBaseUrl: 'https://${site.properties.defaultHostName}/api/dashboard'
      Alerts__UnsubscribeBaseUrl: 'https://${site.properties.defaultHostName}/api/unsubscribe'
      Crawler__UserAgentContact: empty(crawlerContact) ? 'https://${site.properties.defaultHostName}/api/health' : crawlerContact
      Crawler__RegistryPath: 'Registry/portals.json'
      Parser__PdfToTextPath: pdfToTextPath
    }
  }
}

output name string = site.name
output uri string = 'https://${site.properties.defaultHostName}'
