#!/usr/bin/env bash
# Runs every test of SimpleCrm and ends with one line of totals: "N passed, N failed, N skipped".
# Installs what the tests need when it is missing (Debian's chromium, python3-aiosmtpd).
# Exits non-zero when the build or any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing+=(python3-aiosmtpd)  # the tests start Debian's python, whatever python3 the PATH finds first
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} ..."
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

dotnet tool restore >/dev/null
dotnet build SimpleCrm.sln -c Release -nologo -clp:ErrorsOnly

# One run per test project, each writing its own result file.
status=0
for project in $(grep -l 'Microsoft.NET.Test.Sdk' tests/*/*.csproj); do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=$?
done

# Totals across every test project, from the .trx files each one wrote.
read -r passed failed skipped < <(cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' | awk '
  { for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/[^0-9]/, "", kv[2]);
      if (kv[1] == "passed") p += kv[2]; if (kv[1] == "failed") f += kv[2]; if (kv[1] == "error") f += kv[2];
      if (kv[1] == "notExecuted") s += kv[2]; } }
  END { printf "%d %d %d\n", p, f, s }')
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "No test ran." >&2
  status=1
fi
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
