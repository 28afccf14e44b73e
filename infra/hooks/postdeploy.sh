#!/usr/bin/env bash
# azd postdeploy hook: subscribe ParseReport to blob-created events of the raw container.
# Runs after the package is deployed because the webhook needs the host's blobs_extension key (created when the host
# first loads the EventGrid-sourced blob trigger) and Event Grid validates the endpoint when the subscription is made.
set -euo pipefail

for cmd in az azd; do
  command -v "$cmd" >/dev/null || { echo "postdeploy: '$cmd' is required (see docs/deploy.md)" >&2; exit 1; }
done

value() { azd env get-value "$1"; }
group="$(value AZURE_RESOURCE_GROUP)"
app="$(value AZURE_FUNCTION_APP_NAME)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

key=""
for attempt in $(seq 1 30); do
  # Listing keys wakes the host; the key appears once the blob extension has started.
  key="$(az functionapp keys list -g "$group" -n "$app" --query "systemKeys.blobs_extension" -o tsv 2>/dev/null || true)"
  [[ -n "$key" ]] && break
  echo "postdeploy: waiting for the blobs_extension key ($attempt/30)"
  sleep 10
done
[[ -n "$key" ]] || { echo "postdeploy: no blobs_extension key on $app; is ParseReport deployed?" >&2; exit 1; }

host="$(az functionapp show -g "$group" -n "$app" --query defaultHostName -o tsv)"
az deployment group create -g "$group" -n blob-event-subscription \
  --template-file "$here/../app/blob-event-subscription.bicep" \
  --parameters systemTopicName="$(value BLOB_EVENTS_SYSTEM_TOPIC_NAME)" \
               functionAppHostName="$host" \
               storageAccountName="$(value AZURE_STORAGE_ACCOUNT_NAME)" \
               deadLetterContainerName="$(value BLOB_EVENTS_DEAD_LETTER_CONTAINER)" \
               blobsExtensionKey="$key" \
  --query properties.provisioningState -o tsv
echo "postdeploy: ParseReport receives BlobCreated events for container $(value RAW_CONTAINER_NAME)"
