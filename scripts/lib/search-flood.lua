-- wrk script for scripts/search-flood.py: every request a search of two or three words drawn at random
-- from the words of the file named in WORDS (one a line), so nearly every one is a search never asked
-- before; counts the answers by status across wrk's threads.
local words = {}
for line in io.lines(os.getenv("WORDS")) do
  words[#words + 1] = line
end
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(tonumber(os.getenv("SEED") or "2027") * 100 + id)
  statuses = {}
end

function request()
  local n = math.random(2, 3)
  local q = {}
  for i = 1, n do
    q[i] = words[math.random(#words)]
  end
  return wrk.format("GET", "/?q=" .. table.concat(q, "+"), { ["Accept-Language"] = "en" })
end

function response(status, headers, body)
  local key = "s" .. status
  statuses[key] = (statuses[key] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(total) do
    parts[#parts + 1] = string.sub(status, 2) .. ": " .. n
  end
  table.sort(parts)
  io.write("searches answered: " .. table.concat(parts, ", ") .. "\n")
  io.write(string.format("search latency (every answer): p50 %.1f ms, p99 %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
