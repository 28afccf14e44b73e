// ReportPipeline in Azure: `azd up` provisions this, deploys artifacts/reportpipeline.zip, then the postdeploy hook
// (infra/hooks/postdeploy.sh) subscribes ParseReport to blob-created events (infra/app/blob-event-subscription.bicep).
// Shape reviewed against Azure-Samples/functions-quickstart-dotnet-azd-eventgrid-blob (see docs/deploy.md).
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; used to derive a unique token for every resource name.')
param environmentName string

@minLength(1)
@description('Region for every resource; must offer the Flex Consumption plan.')
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of the deploying user: gets data access to storage and may manage Key Vault secrets. Optional.')
param principalId string = ''

@allowed(['User', 'ServicePrincipal'])
@description('Kind of principalId: ServicePrincipal when a pipeline identity runs azd.')
param principalType string = 'User'

@description('SMTP relay for alert emails (Azure Communication Services SMTP, Office 365, a corporate relay).')
param smtpHost string
param smtpPort string = '587'
param smtpEnableStartTls string = 'true'
param smtpUserName string = ''
param smtpFrom string

@secure()
@description('SMTP password; stored only in Key Vault (secret smtp-password).')
param smtpPassword string

@secure()
@description('HMAC key for unsubscribe links; stored only in Key Vault (secret alerts-signing-key).')
param alertsSigningKey string

@description('Contact URL or address put in the crawler User-Agent.')
param crawlerContact string = ''

@description('Flex Consumption runtime for a custom handler; check `az functionapp list-flexconsumption-runtimes`.')
param functionsRuntimeVersion string = '1.0'

@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

// The pipeline's containers, queues and tables: the same names as Core's StorageNames (the Infra tests check it).
var storageNames = loadJsonContent('app/storage-names.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = 'func-${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'
var deadLetterContainerName = 'eventgrid-deadletter'
var poisonQueues = map(storageNames.queues, queue => '${queue}-poison')

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'core/identity/user-assigned-identity.bicep' = {
  name: 'identity'
  scope: rg
  params: { name: 'id-${resourceToken}', location: location, tags: tags }
}

module monitoring 'core/monitor/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'core/storage/storage-account.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    containers: concat(storageNames.containers, [deploymentContainerName, deadLetterContainerName])
    queues: concat(storageNames.queues, poisonQueues)
    tables: storageNames.tables
  }
}

module keyVault 'core/security/key-vault.bicep' = {
  name: 'keyVault'
  scope: rg
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
    smtpPassword: smtpPassword
    alertsSigningKey: alertsSigningKey
  }
}

module access 'app/access.bicep' = {
  name: 'access'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    keyVaultName: keyVault.outputs.name
    appPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
}

module app 'app/function-app.bicep' = {
  name: 'app'
  scope: rg
  params: {
    name: functionAppName
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    runtimeVersion: functionsRuntimeVersion
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    smtp: {
      host: smtpHost
      port: smtpPort
      enableStartTls: smtpEnableStartTls
      userName: smtpUserName
      from: smtpFrom
    }
    smtpPasswordSecretUri: keyVault.outputs.smtpPasswordSecretUri
    alertsSigningKeySecretUri: keyVault.outputs.alertsSigningKeySecretUri
    crawlerContact: crawlerContact
  }
  // Key Vault references and identity-based storage resolve only once the roles exist.
  dependsOn: [access]
}

module blobEvents 'core/events/storage-system-topic.bicep' = {
  name: 'blobEvents'
  scope: rg
  params: {
    name: 'evgt-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
  }
}

module deadLetterAccess 'app/dead-letter-access.bicep' = {
  name: 'deadLetterAccess'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    topicPrincipalId: blobEvents.outputs.principalId
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = app.outputs.name
output SERVICE_REPORTPIPELINE_NAME string = app.outputs.name
output SERVICE_REPORTPIPELINE_URI string = app.outputs.uri
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_QUEUE_ENDPOINT string = storage.outputs.queueEndpoint
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.endpoint
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.connectionString
output BLOB_EVENTS_SYSTEM_TOPIC_NAME string = blobEvents.outputs.name
output BLOB_EVENTS_DEAD_LETTER_CONTAINER string = deadLetterContainerName
output RAW_CONTAINER_NAME string = storageNames.blobTrigger.container
output BLOB_TRIGGER_FUNCTION_NAME string = storageNames.blobTrigger.function
