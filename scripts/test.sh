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
started=0
if ! services_answer; then started=1; fi
bash scripts/dev-services.sh start
if ((started)); then trap 'bash scripts/dev-services.sh stop' EXIT; fi

dotnet test ReportPipeline.sln "$@"
