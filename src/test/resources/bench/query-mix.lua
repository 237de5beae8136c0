-- wrk script: the query mix of `bench queries` and `bench http` (QueryMix), as the JSON API's
-- search addresses, cycled in order by each wrk thread. QueryMixScriptTest checks that the list
-- is the mix. With a server on the index (`serve --index DIR --port 7070`):
--   wrk -t2 -c32 -d60s --latency -s src/test/resources/bench/query-mix.lua http://127.0.0.1:7070
local paths = {
  "/api/search?q=female+genital+mutilation+2009&size=10",
  "/api/search?q=trafficking+before+2005&size=10",
  "/api/search?q=training+1995-2000&size=10",
  "/api/search?q=PSEA+since+2011&size=10",
  "/api/search?q=FGM&size=10",
  "/api/search?q=PSEA&size=10",
  "/api/search?q=IPU&size=10",
  "/api/search?q=UN+Women&size=10",
  "/api/search?q=International+Labour+Organization&size=10",
  "/api/search?q=UNICEF&size=10",
  "/api/search?q=collaborations+with+UNICEF&size=10",
  "/api/search?q=partnership+with+OSCE&size=10",
  "/api/search?q=ILO+collaborations&size=10",
  "/api/search?q=%22white+ribbons%22&size=10",
  "/api/search?q=%22gender+mainstreaming%22&size=10",
  "/api/search?q=%22focal+point+network%22&size=10",
  "/api/search?q=trafficking+AND+Senegal&size=10",
  "/api/search?q=gender+NOT+mainstreaming&size=10",
  "/api/search?q=remittance*&size=10",
  "/api/search?q=year%3A%5B2005+TO+2009%5D+workshop&size=10",
  "/api/search?q=skilled+migrant+women+underemployment&size=10",
  "/api/search?q=sexual+exploitation+and+abuse&size=10",
  "/api/search?q=gender+training&from=2000&to=2010&size=10",
  "/api/search?q=workshop&org=UNFPA&place=Geneva&size=10",
}

local n = 0

request = function()
  n = n + 1
  return wrk.format("GET", paths[(n - 1) % #paths + 1])
end

-- A failed search must not pass for a fast one.
response = function(status, headers, body)
  if status ~= 200 then
    error("HTTP " .. status)
  end
end
