#!/usr/bin/env bash
# azd preprovision hook: make sure the azd environment holds the secrets main.parameters.json passes to Key Vault.
# Values live in .azure/<env>/.env (never in git). An existing value is kept, so unsubscribe links stay valid.
set -euo pipefail

if [[ -z "$(azd env get-value ALERTS_SIGNING_KEY 2>/dev/null || true)" ]]; then
  azd env set ALERTS_SIGNING_KEY "$(openssl rand -hex 32)" >/dev/null
  echo "preprovision: generated ALERTS_SIGNING_KEY (64 hex characters) in the azd environment"
fi

for name in SMTP_HOST SMTP_FROM; do
  if [[ -z "$(azd env get-value "$name" 2>/dev/null || true)" ]]; then
    echo "preprovision: $name is not set; azd will prompt for it (or run: azd env set $name <value>)" >&2
  fi
done
