// Lets the Event Grid system topic write undeliverable blob events to the dead-letter container.
param storageAccountName string
param topicPrincipalId string

var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource topicDeadLetterRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, topicPrincipalId, storageBlobDataContributor)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: topicPrincipalId
    principalType: 'ServicePrincipal'
  }
}
