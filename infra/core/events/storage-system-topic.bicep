// Event Grid system topic for the storage account's blob events. Its subscription to ParseReport is created after
// the code is deployed (infra/app/blob-event-subscription.bicep): the webhook needs the host's blobs_extension key.
param name string
param location string
param tags object = {}
param storageAccountName string

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource topic 'Microsoft.EventGrid/systemTopics@2022-06-15' = {
  name: name
  location: location
  tags: tags
  // The identity dead-letters undeliverable events into the storage account (shared keys are off).
  identity: { type: 'SystemAssigned' }
  properties: {
    source: account.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = topic.name
output principalId string = topic.identity.principalId
