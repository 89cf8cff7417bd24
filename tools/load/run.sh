#!/usr/bin/env bash
# Load run: the built site (Release, Production) on a loopback port over generated Vietnamese articles, wrk for
# at most 30 s with a mix of pages, searches and hostile requests, while an editor rewrites and adds files.
# Prints requests served, errors (socket errors and any status but 2xx, 400, 404, 429), memory (RSS) before
# and after, and whether every edit was picked up. Needs wrk (Debian: apt-get install -y wrk) and curl.
#
#   tools/load/run.sh                 # 30 s, 400 articles, 8 connections
#   DURATION=10 ARTICLES=1000 CONNECTIONS=16 tools/load/run.sh
set -euo pipefail

DURATION=${DURATION:-30}
ARTICLES=${ARTICLES:-400}
CONNECTIONS=${CONNECTIONS:-8}
# Search and API requests are rate limited per client (60 a minute); wrk is one client, so the limit is off
# here unless RATE_LIMIT says otherwise (then expect 429s, counted as refusals, not errors).
RATE_LIMIT=${RATE_LIMIT:-0}
if (( DURATION < 1 || DURATION > 30 )); then echo "DURATION must be 1 to 30 seconds" >&2; exit 2; fi
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

root=$(cd "$(dirname "$0")/../.." && pwd)
app_dir=$root/src/NewsArchive.Web/bin/Release/net10.0
if [[ ! -f $app_dir/NewsArchive.Web.dll || ${BUILD:-1} == 1 ]]; then
  dotnet build "$root/src/NewsArchive.Web" -c Release --nologo -v q >/dev/null
fi

work=$(mktemp -d)
site_pid=
editor_pid=
cleanup() {
  [[ -n $editor_pid ]] && kill "$editor_pid" 2>/dev/null || true
  [[ -n $site_pid ]] && kill "$site_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# --- Articles: "Bản tin <province> số <i>", whose slug is ban-tin-<province slug>-so-<i> --------------------------
provinces=("An Giang:an-giang" "Bạc Liêu:bac-lieu" "Bến Tre:ben-tre" "Cà Mau:ca-mau" "Cần Thơ:can-tho"
           "Đồng Tháp:dong-thap" "Hậu Giang:hau-giang" "Kiên Giang:kien-giang" "Long An:long-an" "Sóc Trăng:soc-trang")
slug_of() { local p=${provinces[$(( $1 % ${#provinces[@]} ))]}; echo "ban-tin-${p#*:}-so-$1"; }
write_article() { # <i> [extra line]
  local i=$1 p=${provinces[$(( $1 % ${#provinces[@]} ))]} day
  day=$(date -u -d "2023-01-01 + $i days" +%F)
  mkdir -p "$work/content/${day:0:7}"
  printf -- '---\ntitle: Bản tin %s số %d\ndate: %s\nsource: Báo Nông thôn\n---\nSáng nay tại %s, bà con thu hoạch lúa và chuẩn bị vụ mới. Bản tin thứ %d.\n\nGiá lúa tăng nhẹ so với tuần trước, thương lái thu mua tại ruộng.\n%s\n' \
    "${p%%:*}" "$i" "$day" "${p%%:*}" "$i" "${2:-}" > "$work/content/${day:0:7}/ban-tin-$i.md"
}
mkdir -p "$work/content"
for (( i = 0; i < ARTICLES; i++ )); do write_article "$i"; done

# --- The request mix: about 60 % pages, 25 % searches, 15 % hostile requests --------------------------------------
long_query=$(printf 'm%%C6%%B0a%%20l%%C5%%A9%%20%.0s' $(seq 1 1400))   # "mưa lũ " x 1400: 9,800 characters
{
  for (( i = 0; i < 24; i++ )); do echo "/articles/$(slug_of $(( (i * 37) % ARTICLES )))"; done
  printf '%s\n' / "/?page=2" /archive /archive/2023 /archive/2023/05 /archive/2023/05/10 /sources /feed.xml \
    /sitemap.xml /css/site.css /robots.txt "/articles/$(slug_of 7)?hl=gi%C3%A1%20l%C3%BAa"
  printf '%s\n' "/search?q=gi%C3%A1+l%C3%BAa" "/search?q=gia+lua" "/search?q=b%E1%BA%A3n+tin&sort=newest" \
    "/search?q=can+tho&page=2" "/search?from=2023-03-01&to=2023-03-31" "/api/search?q=lua" \
    "/api/search?q=thu+hoach&pageSize=50" "/api/suggest?q=ban+t" "/search?q=%22thu%C6%A1ng+l%C3%A1i%22+-gi%C3%A1" \
    "/search?q=vieejt+nam"
  printf '%s\n' "/search?q=$long_query" "/articles/%0A" "/tags/%20" "/search?page=-1" "/search?page=99999999999" \
    "/search?from=2023-02-30" "/api/search?pageSize=1000" "/search?q=%ED%A0%80%FF" "/search?q=title%3A*+AND+OR+((%22" \
    "/../appsettings.json" "/%2e%2e/%2e%2e/etc/passwd" "/.git/config" "/api/articles/..%2f..%2fappsettings.json" \
    "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E" "/error/2024"
} > "$work/targets.txt"

# --- The site -------------------------------------------------------------------------------------------------------
(cd "$app_dir" && exec env ASPNETCORE_ENVIRONMENT=Production Archive__ContentPath="$work/content" \
   Archive__IndexPath="$work/index" Archive__SearchRateLimit="$RATE_LIMIT" \
   dotnet NewsArchive.Web.dll --urls http://127.0.0.1:0) > "$work/site.log" 2>&1 &
site_pid=$!
address=
for (( t = 0; t < 600; t++ )); do
  address=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/site.log" | head -1) || true
  [[ -n $address ]] && break
  sleep 0.1
done
[[ -n $address ]] || { cat "$work/site.log"; echo "the site did not start" >&2; exit 1; }
until curl -sf "$address/health" >/dev/null; do sleep 0.2; done
rss() { awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$site_pid/status"; }
echo "site: $address, $ARTICLES articles, $(wc -l < "$work/targets.txt") request targets, $CONNECTIONS connections for $DURATION s"
echo "RSS before: $(rss)"

# --- An editor at work meanwhile: rewrites an article every half second, adds one every two -----------------------
(
  n=0
  while true; do
    sleep 0.5; n=$(( n + 1 ))
    write_article $(( n % ARTICLES )) "Cập nhật lần $n."
    (( n % 4 == 0 )) && write_article $(( ARTICLES + n / 4 - 1 ))
    echo "$n" > "$work/edits"
  done
) &
editor_pid=$!

wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$(dirname "$0")/mix.lua" "$address" -- "$work/targets.txt" \
  | sed -n '/^requests served/,$p'

kill "$editor_pid"; wait "$editor_pid" 2>/dev/null || true; editor_pid=
echo "RSS after: $(rss)"

# --- Every edit picked up? -------------------------------------------------------------------------------------------
edits=$(cat "$work/edits"); added=$(( edits / 4 ))
expected=$(( ARTICLES + added ))
last="Cập nhật lần $edits"
for (( t = 0; t < 100; t++ )); do
  count=$(curl -s "$address/health" | grep -o '"articles":[0-9]*' | cut -d: -f2)
  found=$(curl -s -G "$address/api/search" --data-urlencode "q=\"$last\"" | grep -o '"total":[0-9]*' | cut -d: -f2)
  [[ $count == "$expected" && $found == 1 ]] && break
  sleep 0.1
done
echo "edits: $edits rewrites and $added new files; articles $count of $expected; last rewrite found: $([[ $found == 1 ]] && echo yes || echo no)"

kill -TERM "$site_pid"; wait "$site_pid" && code=0 || code=$?; site_pid=
echo "stopped with SIGTERM: exit code $code; errors in its log: $(grep -c '\[ERR\]\|\[FTL\]' "$work/site.log" || true)"
