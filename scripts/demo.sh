#!/usr/bin/env bash
# The README's run command (`npm run demo`): installs what is missing, starts Azurite + maildev, creates
# local.settings.json from the sample if absent, then runs the local Functions host once against the demo portal:
# crawl -> raw blobs -> ParseReport -> tables -> CheckReport -> Findings -> SendAlerts -> email (maildev).
# Extra arguments go to `reportpipeline host` (e.g. --timeout 900). Services are left running.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/lib/prerequisites.sh

require_tools
install_node_packages
bash scripts/dev-services.sh start
ensure_local_settings

echo "Building and running: reportpipeline host --once"
status=0
dotnet run --project functions/ReportPipeline.Functions -c Release -- host --once "$@" || status=$?
echo
echo "Emails: open http://127.0.0.1:1080 (maildev) to read what was sent."
echo "Services keep running for the next run; stop them with: npm run services:stop"
exit $status
