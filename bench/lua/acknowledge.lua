-- POST /api/v1/notices/{id}/acknowledge as ADMIN over the SUBMITTED notices listed in env IDS (a
-- file, one id a line). Each thread takes its own share; a thread that has used up its share stops,
-- so no request hits an already acknowledged notice.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"acknowledgedBy":"Lurah (uji beban)","note":"Siap didampingi"}'

local count = 0
function setup(thread)
  thread:set("index", count)
  count = count + 1
end

local ids = {}
local next_id = 1
function init(args)
  local i = 0
  for line in io.lines(os.getenv("IDS")) do
    if i % tonumber(os.getenv("THREADS")) == index then
      ids[#ids + 1] = line
    end
    i = i + 1
  end
end

function request()
  if next_id > #ids then
    wrk.thread:stop()
    return wrk.format("GET", "/q/health/live", {}, "")
  end
  local id = ids[next_id]
  next_id = next_id + 1
  return wrk.format(nil, "/api/v1/notices/" .. id .. "/acknowledge")
end
