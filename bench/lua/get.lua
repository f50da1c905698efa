-- GET of the URL given to wrk, with the token of env TOKEN.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
