-- wrk script of benchmark/run.sh (see BENCHMARKS.md).
--
-- BENCH_MODE   plain  : the URL as given (cached pages, nginx); no request() is defined, so wrk
--                       sends one pre-built request as fast as it can
--              unique : sends X-Bench-Bypass, which the dev server of run.sh lets skip the page cache
--                       (-Dportal.cache.bypass-header), so every request renders; adds a unique
--                       r=<run>-<thread>-<n> too (the cache ignores parameters a page does not read)
--              search : rotates q over QUERIES (with and without diacritics, one-syllable "xã"),
--                       with the bypass header and the unique r= as well
-- BENCH_QUERIES  a file of queries, one a line, that the search mode rotates over instead of QUERIES
--                (legaldocs.sh gives benchmark/legaldocs-queries.txt)
-- BENCH_RUN    a tag that differs between the warm-up and the measured run
-- BENCH_RATE   when set (with BENCH_THREADS, wrk's -t), the requests offered per second in all: each thread
--              hands out send times on a fixed schedule (one every BENCH_THREADS * 1000 / BENCH_RATE ms) to
--              whichever of its connections is free, so the server sees a steady rate instead of as much as
--              it takes; latency is then read at that rate. A schedule fallen behind (every connection
--              busy) starts again from now rather than sending a burst; the achieved rate shows it.
--
-- done() prints one line "BENCH key=value ..." (percentiles in ms, error counts) that run.sh reads
-- next to wrk's own "Requests/sec" and "Latency Distribution" lines; wrk prints only 50/75/90/99 %.

local mode = os.getenv("BENCH_MODE") or "plain"
local run = os.getenv("BENCH_RUN") or tostring(os.time())

local QUERIES = {
  "cải cách hành chính", "cai cach hanh chinh", "nông thôn mới", "nong thon moi",
  "chuyển đổi số", "chuyen doi so", "xã", "Xuân Đường", "xuan duong", "hội nghị",
  "hoi nghi", "ủy ban nhân dân", "uy ban", "dịch vụ công trực tuyến", "an toàn giao thông",
  "Sông Ray", "long giao", "giảm nghèo bền vững", "phòng cháy, chữa cháy", "Cẩm Mỹ",
}

local queries_file = os.getenv("BENCH_QUERIES")
if queries_file then
  QUERIES = {}
  for line in io.lines(queries_file) do
    if line:match("%S") and not line:match("^#") then
      QUERIES[#QUERIES + 1] = line
    end
  end
end

local rate = tonumber(os.getenv("BENCH_RATE") or "")
if rate then
  local ffi = require("ffi")
  ffi.cdef[[
    typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
    int clock_gettime(int clock, bench_timespec *now);
  ]]
  local CLOCK_MONOTONIC = 1
  local now = ffi.new("bench_timespec")
  local function now_ms()
    ffi.C.clock_gettime(CLOCK_MONOTONIC, now)
    return tonumber(now.tv_sec) * 1000 + tonumber(now.tv_nsec) / 1e6
  end
  local interval = tonumber(os.getenv("BENCH_THREADS") or "1") * 1000 / rate
  local next_send
  function delay()
    local t = now_ms()
    if next_send == nil or next_send < t - interval then
      next_send = t
    end
    local wait = next_send - t
    next_send = next_send + interval
    return math.floor(wait + 0.5)
  end
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local counter = 0
local base, sep

function init(args)
  base = wrk.path
  sep = base:find("?", 1, true) and "&" or "?"
  if mode ~= "plain" then
    wrk.headers["X-Bench-Bypass"] = "1"
  end
end

if mode ~= "plain" then
  function request()
    counter = counter + 1
    local id = thread_id or 0
    local tag = "r=" .. run .. "-" .. id .. "-" .. counter
    local path
    if mode == "search" then
      local q = QUERIES[(counter + id * 7) % #QUERIES + 1]
      path = base .. sep .. "q=" .. encode(q) .. "&" .. tag
    else
      path = base .. sep .. tag
    end
    return wrk.format(nil, path)
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH requests=%d seconds=%.3f rps=%.2f bytes=%d p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, seconds, summary.requests / seconds, summary.bytes,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect, e.read, e.write, e.timeout))
end
