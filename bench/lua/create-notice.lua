-- POST /api/v1/notices as a PILLAR: a visit in the next 90 days to one of the kelurahan of env
-- KELURAHAN (comma-separated), each request with its own Idempotency-Key.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local kelurahan = {}
for code in string.gmatch(os.getenv("KELURAHAN"), "[^,]+") do
  kelurahan[#kelurahan + 1] = code
end
-- Keys are unique across threads (each has its index) and runs (the start time).
local threads = 0
function setup(thread)
  thread:set("index", threads)
  threads = threads + 1
end

local counter = 0
local prefix
function init(args)
  prefix = string.format("%d-%d", os.time(), index)
  math.randomseed(os.time() * 10 + index)
end

function request()
  counter = counter + 1
  local start = os.time() + 2 * 86400 + math.random(0, 88 * 86400)
  start = start - start % 1800
  local body = string.format('{"kelurahanCode":"%s","rw":%d,"rt":%d,"plannedStart":"%s","plannedEnd":"%s",'
      .. '"purpose":"HOME_VISIT","description":"Kunjungan uji beban"}',
      kelurahan[math.random(#kelurahan)], math.random(1, 12), math.random(1, 20),
      os.date("!%Y-%m-%dT%H:%M:%SZ", start), os.date("!%Y-%m-%dT%H:%M:%SZ", start + 7200))
  -- wrk.format sends only the headers it is given: copy the shared ones and add the key
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Idempotency-Key"] = string.format("bench-%s-%d", prefix, counter)
  return wrk.format(nil, nil, headers, body)
end
