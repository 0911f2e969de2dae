-- rus-survey language server in Neovim 0.7, 0.8 and 0.9 (the built-in client, no plugins).
-- Save as ~/.config/nvim/lua/rus-survey.lua and add to init.lua:
--   require('rus-survey').setup({ settings = { rusSurvey = { locale = 'sv' } } })
-- Server: `rus-survey-language-server` on PATH, or the environment variable RUS_SURVEY_LANGUAGE_SERVER.
local M = {}

local ROOT_MARKERS = { '.rus-survey.json', '.rus-survey.jsonc', '.rus-survey.yaml', '.rus-survey.yml', '.git' }
local clients = {} -- one server per project root

-- The nearest folder up from `path` holding a config file or .git, else the file's own folder.
-- (vim.fs arrived in 0.8; findfile/finddir with ';' search upwards in every version.)
local function root_dir(path)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  local best
  for _, marker in ipairs(ROOT_MARKERS) do
    -- A file (a config, or .git in a worktree) or a folder (.git in a clone); ':p' ends a folder with '/'.
    local parent
    local file = vim.fn.findfile(marker, dir .. ';')
    if file ~= '' then
      parent = vim.fn.fnamemodify(file, ':p:h')
    else
      local folder = vim.fn.finddir(marker, dir .. ';')
      if folder ~= '' then parent = vim.fn.fnamemodify(folder, ':p:h:h') end
    end
    if parent and (not best or #parent > #best) then best = parent end
  end
  return best or dir
end

function M.setup(opts)
  opts = opts or {}
  local settings = opts.settings or { rusSurvey = {} }
  local cmd = { vim.env.RUS_SURVEY_LANGUAGE_SERVER or 'rus-survey-language-server', '--stdio' }

  local function attach(bufnr)
    local root = root_dir(vim.api.nvim_buf_get_name(bufnr))
    local id = clients[root]
    if not id or not vim.lsp.get_client_by_id(id) then
      id = vim.lsp.start_client({
        name = 'rus-survey',
        cmd = cmd,
        root_dir = root,
        workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
        settings = settings,
        -- Neovim before 0.10 does not offer workspace/configuration, so the server reads only settings it is
        -- sent: push them once the connection is up (the server re-validates open surveys on receipt).
        on_init = function(client)
          client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
        end,
      })
      clients[root] = id
    end
    if id then vim.lsp.buf_attach_client(bufnr, id) end
  end

  local group = vim.api.nvim_create_augroup('rus-survey', { clear = true })
  -- Survey files only: *.survey.md. Other Markdown keeps whatever else you use (marksman, …).
  vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, {
    group = group,
    pattern = '*.survey.md',
    callback = function(args) attach(args.buf) end,
  })
end

return M
