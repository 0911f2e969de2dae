-- rus-survey language server in Neovim 0.10 and later (the built-in client, no plugins).
-- Save as ~/.config/nvim/lua/rus-survey.lua and add to init.lua:
--   require('rus-survey').setup({ settings = { rusSurvey = { locale = 'sv' } } })
-- Server: `rus-survey-language-server` on PATH, or the environment variable RUS_SURVEY_LANGUAGE_SERVER.
local M = {}

local ROOT_MARKERS = { '.rus-survey.json', '.rus-survey.jsonc', '.rus-survey.yaml', '.rus-survey.yml', '.git' }

function M.setup(opts)
  opts = opts or {}
  local settings = opts.settings or { rusSurvey = {} }
  local cmd = { vim.env.RUS_SURVEY_LANGUAGE_SERVER or 'rus-survey-language-server', '--stdio' }

  vim.api.nvim_create_autocmd('FileType', {
    group = vim.api.nvim_create_augroup('rus-survey', { clear = true }),
    pattern = 'markdown',
    callback = function(args)
      local name = vim.api.nvim_buf_get_name(args.buf)
      -- Survey files only: *.survey.md. Other Markdown keeps whatever else you use (marksman, …).
      if not name:match('%.survey%.md$') then return end
      -- vim.lsp.start reuses the running client with the same name and root.
      vim.lsp.start({
        name = 'rus-survey',
        cmd = cmd,
        root_dir = vim.fs.root(args.buf, ROOT_MARKERS) or vim.fs.dirname(name),
        -- 0.10 answers workspace/configuration from these, per file.
        settings = settings,
      }, { bufnr = args.buf })
    end,
  })
end

return M
