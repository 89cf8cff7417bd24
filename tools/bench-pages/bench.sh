#!/usr/bin/env bash
# Page speed of the site against nginx serving the same pages as static files (docs/performance.md).
#
#   tools/bench-pages/bench.sh                 # defaults below; needs wrk and nginx (apt-get install -y wrk nginx)
#   DURATION=20s CONNECTIONS=64 RUNS=5 tools/bench-pages/bench.sh
#   CONTENT=/srv/content tools/bench-pages/bench.sh   # an archive of your own instead of the generated one
#
# The site runs from `dotnet publish -c Release` output in Production with logging at Warning and no search limit.
# Its home page and newest article are saved as files (plain, and as the site's own gzip and Brotli bodies); nginx
# serves those files on another loopback port. wrk loads each server in turn with the same connections and
# duration, RUNS times, alternating; the table gives the median requests a second of each and the ratio, and the
# median CPU time each server spent per request (less disturbed by other work on a shared machine than req/s).
# Everything is written under WORK, outside the repository.
set -euo pipefail

DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
RUNS=${RUNS:-3}
ARTICLES=${ARTICLES:-500}
ENCODINGS=${ENCODINGS:-"identity br"}
WORK=${WORK:-/tmp/newsarchive-bench-pages}
SITE_PORT=${SITE_PORT:-5391}
NGINX_PORT=${NGINX_PORT:-5392}

repo=$(cd "$(dirname "$0")/../.." && pwd)
here="$repo/tools/bench-pages"
case "$(realpath -m "$WORK")/" in "$repo"/*) echo "WORK must be outside the repository" >&2; exit 2 ;; esac
for tool in wrk nginx dotnet curl; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y wrk nginx)" >&2; exit 2; }
done
mkdir -p "$WORK"

site_pid=""
nginx_pid=""
cleanup() {
    [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null || true
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
}
trap cleanup EXIT

echo "== building the site (Release)" >&2
dotnet publish "$repo/src/NewsArchive.Web" -c Release -o "$WORK/site" --nologo -v quiet >&2

content=${CONTENT:-"$WORK/content-$ARTICLES"}
if [ -z "${CONTENT:-}" ] && [ ! -f "$content/.complete" ]; then
    echo "== writing $ARTICLES articles to $content" >&2
    rm -rf "$content"
    bash "$here/write-articles.sh" "$ARTICLES" "$content"
    touch "$content/.complete"
fi

echo "== starting the site on 127.0.0.1:$SITE_PORT" >&2
ASPNETCORE_ENVIRONMENT=Production dotnet "$WORK/site/NewsArchive.Web.dll" --urls "http://127.0.0.1:$SITE_PORT" \
    --Archive:ContentPath="$content" --Archive:IndexPath="$WORK/index-$(basename "$content")" --Archive:SearchRateLimit=0 \
    --Serilog:MinimumLevel:Default=Warning --Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Warning \
    >"$WORK/site.log" 2>&1 &
site_pid=$!
site="http://127.0.0.1:$SITE_PORT"
for _ in $(seq 600); do
    curl -sf "$site/health" >/dev/null 2>&1 && break
    kill -0 "$site_pid" 2>/dev/null || { cat "$WORK/site.log" >&2; exit 1; }
    sleep 0.5
done
curl -sf "$site/health" >/dev/null || { echo "the site did not become ready" >&2; exit 1; }

# The pages: the home page and the newest article, saved as the site serves them in each encoding.
article=$(curl -sf "$site/" | grep -o 'href="/articles/[^"?]*"' | head -1 | sed 's/href="\(.*\)"/\1/')
[ -n "$article" ] || { echo "no article link on the home page" >&2; exit 1; }
static="$WORK/static"
rm -rf "$static" && mkdir -p "$static"
save() { # url file
    curl -sf "$site$1" -o "$static/$2"
    curl -sf -H 'Accept-Encoding: gzip' "$site$1" -o "$static/$2.gz"
    curl -sf -H 'Accept-Encoding: br' "$site$1" -o "$static/$2.br"
}
save / home.html
save "$article" article.html

brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
{
    [ -f "$brotli_module" ] && echo "load_module $brotli_module;"
    cat <<EOF
worker_processes auto;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    open_file_cache max=16;
    types { text/html html; }
    charset utf-8;
    client_body_temp_path $WORK/nginx-tmp;
    proxy_temp_path $WORK/nginx-tmp;
    fastcgi_temp_path $WORK/nginx-tmp;
    uwsgi_temp_path $WORK/nginx-tmp;
    scgi_temp_path $WORK/nginx-tmp;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $static;
        gzip_static on;
        gzip_vary on;
        $([ -f "$brotli_module" ] && echo "brotli_static on;")
        location = / { default_type text/html; try_files /home.html =404; }
        location = $article { default_type text/html; try_files /article.html =404; }
    }
}
EOF
} >"$WORK/nginx.conf"
mkdir -p "$WORK/nginx-tmp"
nginx -c "$WORK/nginx.conf" -p "$WORK" &
nginx_pid=$!
sleep 1
static_site="http://127.0.0.1:$NGINX_PORT"

# Same bytes from both servers, or the comparison means nothing.
for encoding in $ENCODINGS; do
    for url in / "$article"; do
        a=$(curl -sf -H "Accept-Encoding: $encoding" "$site$url" | sha256sum)
        b=$(curl -sf -H "Accept-Encoding: $encoding" "$static_site$url" | sha256sum)
        [ "$a" = "$b" ] || { echo "nginx and the site differ for $url ($encoding)" >&2; exit 1; }
    done
done

# CPU seconds (user + system) the server's processes have used so far: nginx's master and workers, the site's one.
cpu_ticks() { local t=0 p; for p in "$@"; do t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat"))); done; echo "$t"; }
server_pids() { if [ "$1" = site ]; then echo "$site_pid"; else echo "$nginx_pid $(pgrep -P "$nginx_pid" | tr '\n' ' ')"; fi; }
measure() { # server encoding url -> "requests-a-second cpu-microseconds-a-request"
    local pids before out after
    pids=$(server_pids "$1")
    # shellcheck disable=SC2086
    before=$(cpu_ticks $pids)
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -H "Accept-Encoding: $2" "$3")
    # shellcheck disable=SC2086
    after=$(cpu_ticks $pids)
    echo "$out" | awk -v used=$((after - before)) -v hz="$(getconf CLK_TCK)" '
        /requests in/ { n = $1 } /^Requests\/sec:/ { r = $2 } END { printf "%s %.1f\n", r, used / hz * 1e6 / n }'
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Warm both: the first requests fill the site's cache and JIT.
for url in / "$article"; do
    for encoding in $ENCODINGS; do wrk -t1 -c4 -d3s -H "Accept-Encoding: $encoding" "$site$url" >/dev/null; done
done

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME"); wrk -t$THREADS -c$CONNECTIONS -d$DURATION, median of $RUNS runs; $(grep -c '' <(find "$content" -name '*.md' -o -name '*.txt')) articles; load average before $(cut -d' ' -f1 /proc/loadavg)"
echo
echo "| page | encoding | bytes | site req/s | nginx req/s | site / nginx | site CPU µs/req | nginx CPU µs/req |"
echo "|---|---|---|---|---|---|---|---|"
for page in home article; do
    url=/; file=home.html
    [ "$page" = article ] && url=$article && file=article.html
    for encoding in $ENCODINGS; do
        case $encoding in identity) bytes=$(stat -c %s "$static/$file") ;; gzip) bytes=$(stat -c %s "$static/$file.gz") ;; br) bytes=$(stat -c %s "$static/$file.br") ;; esac
        site_rates="" nginx_rates="" site_cpu="" nginx_cpu=""
        for _ in $(seq "$RUNS"); do
            read -r r c < <(measure nginx "$encoding" "$static_site$url"); nginx_rates+=" $r"; nginx_cpu+=" $c"
            read -r r c < <(measure site "$encoding" "$site$url"); site_rates+=" $r"; site_cpu+=" $c"
        done
        s=$(echo "$site_rates" | median)
        n=$(echo "$nginx_rates" | median)
        echo "| $page | $encoding | $bytes | $(printf '%.0f' "$s") | $(printf '%.0f' "$n") | $(awk -v s="$s" -v n="$n" 'BEGIN { printf "%.2f", s / n }') | $(echo "$site_cpu" | median) | $(echo "$nginx_cpu" | median) |"
        echo "   $page $encoding: site$site_rates (cpu$site_cpu); nginx$nginx_rates (cpu$nginx_cpu)" >&2
    done
done

# What a page costs when it is not in the cache: each request asks with another value of a parameter the page
# ignores but the cache key holds (pageSize), so every one is rendered.
cat >"$WORK/miss.lua" <<'EOF'
counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "?pageSize=" .. math.random(1, 1000000000) .. counter)
end
EOF
echo
echo "| page, rendered every time (not cached) | site req/s | site CPU µs/req |"
echo "|---|---|---|"
for page in home article; do
    url=/; [ "$page" = article ] && url=$article
    before=$(cpu_ticks "$site_pid")
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/miss.lua" "$site$url")
    after=$(cpu_ticks "$site_pid")
    echo "$out" | awk -v page="$page" -v used=$((after - before)) -v hz="$(getconf CLK_TCK)" '
        /requests in/ { n = $1 } /^Requests\/sec:/ { r = $2 } END { printf "| %s | %.0f | %.0f |\n", page, r, used / hz * 1e6 / n }'
done
echo
echo "load average after $(cut -d' ' -f1 /proc/loadavg)"
