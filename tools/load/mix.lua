-- A wrk script: each thread cycles through the request targets in the file named after "--", and every status is
-- counted. At the end: requests, statuses, and errors (socket errors, and any status but 2xx, 400, 404 and 429).

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  targets = {}
  for line in io.lines(args[1]) do
    if #line > 0 then targets[#targets + 1] = line end
  end
  -- Threads start at different places in the mix.
  position = (id * 7919) % #targets
  counts = {}
end

function request()
  position = position % #targets + 1
  return wrk.format("GET", targets[position])
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("counts")) do total[status] = (total[status] or 0) + n end
  end
  local statuses, unexpected = {}, 0
  for status, n in pairs(total) do
    statuses[#statuses + 1] = string.format("%d: %d", status, n)
    local expected = (status >= 200 and status < 300) or status == 400 or status == 404 or status == 429
    if not expected then unexpected = unexpected + n end
  end
  table.sort(statuses)
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format("requests served: %d in %.1f s (%.0f a second)\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write("statuses: " .. table.concat(statuses, ", ") .. "\n")
  io.write(string.format("errors: %d (unexpected statuses %d; socket: connect %d, read %d, write %d, timeout %d)\n",
    unexpected + socket, unexpected, e.connect, e.read, e.write, e.timeout))
  io.write(string.format("latency: median %.1f ms, 99th percentile %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
