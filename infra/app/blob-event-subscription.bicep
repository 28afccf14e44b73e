// Delivers Microsoft.Storage.BlobCreated for the raw container to ParseReport's blob-extension webhook (the
// documented "source": "EventGrid" blob trigger). Deployed by infra/hooks/postdeploy.sh after the code is running:
// the webhook URL needs the host's blobs_extension system key, and Event Grid validates the endpoint on creation.
param systemTopicName string
param functionAppHostName string
param storageAccountName string
param deadLetterContainerName string

@secure()
@description('The function host system key "blobs_extension".')
param blobsExtensionKey string

var storageNames = loadJsonContent('storage-names.json')
var functionName = storageNames.blobTrigger.function
var containerName = storageNames.blobTrigger.container

resource topic 'Microsoft.EventGrid/systemTopics@2022-06-15' existing = {
  name: systemTopicName
}

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource eventSubscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2022-06-15' = {
  parent: topic
  name: 'raw-blob-created-to-${toLower(functionName)}'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${functionAppHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    filter: {
      includedEventTypes: ['Microsoft.Storage.BlobCreated']
      subjectBeginsWith: '/blobServices/default/containers/${containerName}/'
    }
    eventDeliverySchema: 'EventGridSchema'
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
    deadLetterWithResourceIdentity: {
      identity: { type: 'SystemAssigned' }
      deadLetterDestination: {
        endpointType: 'StorageBlob'
        properties: {
          resourceId: account.id
          blobContainerName: deadLetterContainerName
        }
      }
    }
  }
}

output name string = eventSubscription.name
