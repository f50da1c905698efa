-- POST /api/v1/auth/token with env USERNAME / PASSWORD.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
wrk.headers["Authorization"] = nil
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = string.format('{"username":"%s","password":"%s"}', os.getenv("USERNAME"), os.getenv("PASSWORD"))
