-- wrk script: GET the seat layout of a different showtime on every request, with a logged-in access token.
-- Environment: TIX_TOKEN (access JWT) and LAYOUT_PATHS (a file of request paths, one a line).
local token = os.getenv("TIX_TOKEN")
local paths = {}
for line in io.lines(os.getenv("LAYOUT_PATHS")) do
  paths[#paths + 1] = line
end

local headers = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" }
local next_index = 0

function init(args)
  -- Each wrk thread starts at its own place in the list.
  next_index = math.random(#paths)
end

function request()
  next_index = next_index % #paths + 1
  return wrk.format("GET", paths[next_index], headers)
end
