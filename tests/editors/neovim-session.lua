-- One headless Neovim session driven like a user would: load the documented recipe, open a survey, read the
-- diagnostics, hover a heading, apply a quick fix through the code-action menu. Writes what it saw as JSON to
-- $RUS_OUTPUT and quits; every wait is a bounded poll, so a broken server ends the session with an error, not a hang.
-- Inputs (environment): RUS_RECIPE, RUS_SETTINGS (JSON), RUS_SURVEY_FILE, RUS_OUTPUT, RUS_HOVER_LINE (1-based),
-- RUS_FIX_LINE (1-based) and RUS_FIX_TITLE (optional; the first menu entry ending in it is chosen).
local out = { steps = {} }
local env = function(name) return os.getenv(name) end

local function diagnostics(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(list, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity, code = d.code, source = d.source, message = d.message })
  end
  table.sort(list, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    if a.col ~= b.col then return a.col < b.col end
    return a.message < b.message
  end)
  return list
end

local function step(name, ok) table.insert(out.steps, { name = name, ok = ok }) return ok end

local function run()
  local recipe = dofile(env('RUS_RECIPE'))
  recipe.setup({ settings = vim.fn.json_decode(env('RUS_SETTINGS')) })
  vim.cmd('edit ' .. vim.fn.fnameescape(env('RUS_SURVEY_FILE')))
  local buf = vim.api.nvim_get_current_buf()

  out.attached = step('attached', vim.wait(10000, function() return #vim.lsp.buf_get_clients(buf) > 0 end, 20))
  for _, client in pairs(vim.lsp.buf_get_clients(buf)) do out.root_dir = client.config.root_dir end
  if not step('diagnostics', vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 20)) then return end
  out.diagnostics = diagnostics(buf)

  -- Hover on a question heading, at the position the cursor is on (as K would ask).
  vim.api.nvim_win_set_cursor(0, { tonumber(env('RUS_HOVER_LINE')), 4 })
  local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', vim.lsp.util.make_position_params(), 10000)
  for _, response in pairs(hover or {}) do
    if response.result and response.result.contents then out.hover = response.result.contents.value or response.result.contents end
  end

  local title = env('RUS_FIX_TITLE')
  if not title or title == '' then return end
  -- A quick fix from the code-action menu (vim.ui.select, here answered by title), applied by Neovim itself.
  vim.api.nvim_win_set_cursor(0, { tonumber(env('RUS_FIX_LINE')), 0 })
  local tick = vim.api.nvim_buf_get_changedtick(buf)
  out.offered = {}
  vim.ui.select = function(items, opts, on_choice)
    local chosen
    for index, item in ipairs(items) do
      local label = (opts.format_item or tostring)(item)
      table.insert(out.offered, label)
      -- The menu shows the server's own wording around the fix's title.
      if not chosen and label:sub(-#title) == title then
        chosen = index
        out.chosen = label
      end
    end
    on_choice(chosen and items[chosen] or nil, chosen)
  end
  vim.lsp.buf.code_action()
  if not step('fix applied', vim.wait(10000, function() return vim.api.nvim_buf_get_changedtick(buf) ~= tick end, 20)) then return end
  out.lines_after_fix = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  -- The server re-validates the edited buffer and publishes new diagnostics.
  local before = vim.fn.json_encode(out.diagnostics)
  step('revalidated', vim.wait(10000, function() return vim.fn.json_encode(diagnostics(buf)) ~= before end, 20))
  out.diagnostics_after_fix = diagnostics(buf)
end

local ok, err = xpcall(run, debug.traceback)
if not ok then out.error = err end
local file = io.open(env('RUS_OUTPUT'), 'w')
file:write(vim.fn.json_encode(out))
file:close()
vim.cmd('qa!')
