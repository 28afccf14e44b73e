# Shared set-up for scripts/demo.sh and scripts/test.sh (sourced, not run).

require_tools() {
  local missing=()
  command -v dotnet >/dev/null || missing+=(".NET SDK 10 (dotnet)")
  command -v node >/dev/null || missing+=("Node.js 20 (node)")
  command -v npm >/dev/null || missing+=("npm")
  if ((${#missing[@]})); then
    echo "ERROR: missing: ${missing[*]}. Install them and run again." >&2
    exit 1
  fi
}

install_node_packages() {
  if [[ ! -x node_modules/.bin/azurite || ! -x node_modules/.bin/maildev ]]; then
    echo "Installing Azurite and maildev (npm ci)..."
    npm ci --no-audit --no-fund
  fi
}

# pdftotext (poppler-utils) parses PDF reports; install it from Debian when we are root and it is missing.
install_poppler() {
  if command -v pdftotext >/dev/null; then return; fi
  if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
    echo "Installing poppler-utils (pdftotext)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
  else
    echo "WARNING: pdftotext not found and not root: PDF tests will fail. Install poppler-utils." >&2
  fi
}

# local.settings.json (git-ignored) from the sample, with a fresh random unsubscribe signing key.
ensure_local_settings() {
  if [[ -f local.settings.json ]]; then return; fi
  node -e '
    const fs = require("fs"), crypto = require("crypto");
    const s = JSON.parse(fs.readFileSync("local.settings.sample.json", "utf8"));
    s.Values["Alerts__SigningKey"] = crypto.randomBytes(48).toString("base64");
    fs.writeFileSync("local.settings.json", JSON.stringify(s, null, 2) + "\n");
  '
  echo "Created local.settings.json from local.settings.sample.json (with a random Alerts__SigningKey)."
}

services_answer() {
  curl -s -o /dev/null -m 2 "http://127.0.0.1:10000/devstoreaccount1?comp=list" && \
  curl -s -f -o /dev/null -m 2 "http://127.0.0.1:1080/email"
}
