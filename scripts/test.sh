#!/usr/bin/env bash
# The README's test command (`npm test`): same set-up as the demo, then every test project in the solution
# (unit, and integration against Azurite, loopback HTTP servers and maildev). Stops the services only if it
# started them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/lib/prerequisites.sh

require_tools
install_poppler
install_node_packages
# The tests get their own Azurite (fresh data every run) and maildev, on their own ports, so test data never
# mixes with what `npm run demo` stores and sends (and a running demo is left alone).
export DEV_SERVICES_RUN_DIR="$ROOT/.run/test"
export AZURITE_BLOB_PORT="${TEST_AZURITE_BLOB_PORT:-20000}" AZURITE_QUEUE_PORT="${TEST_AZURITE_QUEUE_PORT:-20001}"
export AZURITE_TABLE_PORT="${TEST_AZURITE_TABLE_PORT:-20002}"
export MAILDEV_SMTP_PORT="${TEST_MAILDEV_SMTP_PORT:-2025}" MAILDEV_WEB_PORT="${TEST_MAILDEV_WEB_PORT:-2080}"
devkey='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
endpoint() { echo "http://127.0.0.1:$1/devstoreaccount1"; }
export REPORTPIPELINE_TEST_STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$devkey;BlobEndpoint=$(endpoint "$AZURITE_BLOB_PORT");QueueEndpoint=$(endpoint "$AZURITE_QUEUE_PORT");TableEndpoint=$(endpoint "$AZURITE_TABLE_PORT");"
export REPORTPIPELINE_TEST_SMTP_HOST=127.0.0.1 REPORTPIPELINE_TEST_SMTP_PORT="$MAILDEV_SMTP_PORT"
export REPORTPIPELINE_TEST_SMTP_WEB="http://127.0.0.1:$MAILDEV_WEB_PORT"

started=0
if ! curl -s -o /dev/null -m 2 "$(endpoint "$AZURITE_BLOB_PORT")?comp=list"; then
  started=1
  rm -rf "$DEV_SERVICES_RUN_DIR/azurite"
fi
bash scripts/dev-services.sh start
if ((started)); then trap 'bash scripts/dev-services.sh stop' EXIT; fi

dotnet test ReportPipeline.sln "$@"
