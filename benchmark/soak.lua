-- wrk script of benchmark/soak.sh (see BENCHMARKS.md): mixed visitor traffic for a fixed time.
--
-- SOAK_PATHS  a file of request paths, one a line, in the order and proportion soak.sh mixed them (home, items,
--             categories, search pages, the public API, RSS, sitemap); each connection walks through it from its
--             own starting point, as ordinary visitors do (no cache bypass).
--
-- done() prints one line "SOAK key=value ..." that soak.sh reads: requests, error statuses, socket errors,
-- p50/p99/max in ms and how many completed requests took longer than 1 s.

local paths = {}
local file = assert(io.open(os.getenv("SOAK_PATHS"), "r"))
for line in file:lines() do
  if line ~= "" then
    paths[#paths + 1] = line
  end
end
file:close()

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("offset", threads * 7919)
end

local counter = 0
function request()
  counter = counter + 1
  return wrk.format(nil, paths[((offset or 0) + counter) % #paths + 1])
end

function done(summary, latency, requests)
  local slow = 0
  for i = 1, #latency do
    local value, count = latency(i)
    if value > 1000000 then
      slow = slow + count
    end
  end
  local e = summary.errors
  io.write(string.format(
    "SOAK requests=%d seconds=%.1f rps=%.1f status_errors=%d connect=%d read=%d write=%d timeout=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f over_1s=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), e.status, e.connect, e.read,
    e.write, e.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, slow))
end
