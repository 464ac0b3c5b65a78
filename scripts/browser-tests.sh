#!/usr/bin/env bash
# Browser tests of the HTML report: headless Chromium + axe-core (through axe-selenium-python) on pages the
# built binary writes for Examples/ and a hostile article. Installs what it needs; a missing browser fails.
# Usage: scripts/browser-tests.sh [pytest args...]   (run after `swift build`)
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
missing=()
for p in chromium chromium-driver; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
for tool in /usr/bin/chromium /usr/bin/chromedriver; do
  [ -x "$tool" ] || { echo "browser-tests: $tool is missing; the report's accessibility tests cannot run" >&2; exit 1; }
done

# axe-selenium-python 3.0.0 carries axe-core 4.10 and needs Python 3.12 or later; older Pythons get a 2018 axe.
python=${BROWSER_TEST_PYTHON:-}
if [ -z "$python" ]; then
  for candidate in python3.13 python3.12 /root/.pyenv/versions/3.12*/bin/python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
      python=$(command -v "$candidate"); break
    fi
  done
fi
[ -n "$python" ] || { echo "browser-tests: Python 3.12 or later is needed (set BROWSER_TEST_PYTHON)" >&2; exit 1; }
venv=.venv-browser
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -c 'import selenium, axe_selenium_python, pytest, requests' 2>/dev/null \
  || "$venv/bin/pip" install -q selenium axe-selenium-python==3.0.0 pytest requests

[ -x .build/debug/copydesk ] || swift build
export SE_OFFLINE=true
exec "$venv/bin/python" -m pytest Tests/browser -q -rA "$@"
