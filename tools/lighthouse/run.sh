#!/usr/bin/env bash
# Lighthouse 12.2.3 (mobile, its default simulated slow 4G) on the home, article and search pages of the site
# published and run in Production, and the median of each page's four category scores as a table.
#
#   tools/lighthouse/run.sh                        # over the shipped content/ (the An Giang report)
#   CONTENT=/srv/news ARTICLE=/articles/slug QUERY="hoa binh" tools/lighthouse/run.sh
#   PRESET=desktop tools/lighthouse/run.sh         # Lighthouse's desktop settings instead of mobile
#   RUNS=5 tools/lighthouse/run.sh                 # the median of more runs (default 3)
#
# Needs node 20, npm (Lighthouse is installed once into $LIGHTHOUSE_HOME, outside the repository) and Chromium
# (CHROME_PATH, /usr/bin/chromium by default). The JSON and HTML reports stay in the printed folder.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)

content=${CONTENT:-$repo/content}
article=${ARTICLE:-/articles/tiep-tuc-phat-huy-vai-tro-ban-chi-dao-35-cac-cap-tinh-an-giang}
query=${QUERY:-ban chi dao}
port=${PORT:-5077}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
tools=${LIGHTHOUSE_HOME:-$HOME/.cache/newsarchive/lighthouse}
lighthouse=$tools/node_modules/.bin/lighthouse

if [ ! -x "$lighthouse" ]; then
  echo "Installing Lighthouse 12.2.3 into $tools…"
  mkdir -p "$tools"
  npm i --no-audit --no-fund --silent -E --prefix "$tools" lighthouse@12.2.3
fi

work=$(mktemp -d -t newsarchive-lighthouse.XXXXXX)
echo "Publishing the site (Release) into $work/app…"
dotnet publish "$repo/src/NewsArchive.Web" -c Release -o "$work/app" -v quiet -nologo >/dev/null

ASPNETCORE_ENVIRONMENT=Production Archive__ContentPath="$content" Archive__IndexPath="$work/index" \
  Serilog__MinimumLevel__Default=Warning \
  dotnet "$work/app/NewsArchive.Web.dll" --urls "http://localhost:$port" >"$work/site.log" 2>&1 &
site=$!
trap 'kill "$site" 2>/dev/null; wait "$site" 2>/dev/null' EXIT

base=http://localhost:$port
for _ in $(seq 1 120); do
  curl -fsS "$base/health" >/dev/null 2>&1 && break
  kill -0 "$site" 2>/dev/null || { cat "$work/site.log"; exit 1; }
  sleep 0.5
done
curl -fsS "$base/health" >/dev/null || { echo "the site did not become ready; see $work/site.log"; exit 1; }

encoded_query=$(node -e 'process.stdout.write(encodeURIComponent(process.argv[1]))' "$query")
pages=("home /" "article $article" "search /search?q=$encoded_query")
preset=()
[ -n "${PRESET:-}" ] && preset=(--preset="$PRESET")

runs=${RUNS:-3}
echo "Lighthouse 12.2.3, ${PRESET:-mobile}, median of $runs runs per page (Lighthouse's own advice: one run varies)"
printf '\n%-8s %-12s %-14s %-15s %-4s  %s\n' page performance accessibility best-practices seo url
for entry in "${pages[@]}"; do
  name=${entry%% *}; path=${entry#* }
  for run in $(seq 1 "$runs"); do
    "$lighthouse" "$base$path" "${preset[@]}" --quiet \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
      --output=json --output=html --output-path="$work/$name-$run" >/dev/null 2>"$work/$name-$run.log" || true
  done
  node - "$work" "$name" "$path" "$runs" <<'JS'
const fs = require("fs");
const [work, name, path, runs] = process.argv.slice(2);
const reports = [];
for (let i = 1; i <= Number(runs); i++) {
  const file = `${work}/${name}-${i}.report.json`;
  if (fs.existsSync(file)) reports.push(JSON.parse(fs.readFileSync(file, "utf8")));
}
if (reports.length === 0) { console.log(`${name}: Lighthouse failed, see ${work}/${name}-1.log`); process.exit(0); }
const ids = ["performance", "accessibility", "best-practices", "seo"];
const median = id => {
  const scores = reports.map(r => r.categories[id].score).filter(s => s !== null).map(s => Math.round(s * 100)).sort((a, b) => a - b);
  return scores.length ? String(scores[Math.floor(scores.length / 2)]) : "n/a";
};
const widths = [8, 12, 14, 15, 4];
console.log([name, ...ids.map(median)].map((v, i) => v.padEnd(widths[i])).join(" ") + "  " + path);
// Audits that cost points, with how many runs they cost points in.
const lost = new Map();
for (const r of reports)
  for (const [id, c] of Object.entries(r.categories))
    for (const ref of c.auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) {
        const key = `${id}: ${a.id} — ${a.title}`;
        lost.set(key, (lost.get(key) || 0) + 1);
      }
    }
for (const [key, count] of lost) console.log(`         - ${key} (${count} of ${reports.length} runs)`);
JS
done
echo
echo "Reports (JSON and HTML): $work"
