-- Drives Neovim's built-in LSP client (0.7 or newer) against `loclint server`, as a user would: with the set-up
-- docs/editors.md gives (editors/neovim/loclint.lua), open a file, edit it without saving, apply a quick fix. Each
-- stage's buffer text and the diagnostics the server published for it go to LOCLINT_RESULT as JSON;
-- NeovimClientIT compares them with `loclint check` on the same text.
--
-- Environment: LOCLINT_SETUP (the set-up file), LOCLINT_FILE (the file to open), LOCLINT_EDIT_LINE and
-- LOCLINT_EDIT_TEXT (1-based line replaced in the edit stage), LOCLINT_ACTION_LINE and LOCLINT_ACTION_CODE (the
-- diagnostic whose quick fix is applied), LOCLINT_ACTION_TITLE, LOCLINT_RESULT.

local env = vim.env
local timeout_ms = 60000
-- a publish for the same text can follow the first one (a run the server had started before the change);
-- a stage ends once the server has been quiet this long
local quiet_ms = 1500

local stages = {}
local result = { stages = stages }

local function write_result()
  local file = assert(io.open(env.LOCLINT_RESULT, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

local publishes = {}
-- recorded on the way to Neovim's own handler, which shows them (vim.diagnostic)
local show = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
  table.insert(publishes, { uri = params.uri, diagnostics = params.diagnostics, at = vim.loop.now() })
  return show(err, params, ctx, config)
end

local function latest_for(uri)
  for i = #publishes, 1, -1 do
    if publishes[i].uri == uri then
      return publishes[i], i
    end
  end
  return nil, 0
end

-- Waits for a publish for `uri` newer than publish number `after` whose diagnostics differ from `previous`
-- (nil: any), then until no publish has come for quiet_ms.
local function await_diagnostics(uri, after, previous, what)
  local previous_json = previous and vim.fn.json_encode(previous)
  local changed = vim.wait(timeout_ms, function()
    local publish, index = latest_for(uri)
    return index > after and (previous_json == nil or vim.fn.json_encode(publish.diagnostics) ~= previous_json)
  end, 20)
  if not changed then
    error('no diagnostics ' .. what .. ' within ' .. timeout_ms .. ' ms')
  end
  vim.wait(timeout_ms, function()
    local publish = latest_for(uri)
    return vim.loop.now() - publish.at >= quiet_ms
  end, 50)
  return (latest_for(uri)).diagnostics
end

local function record(name, bufnr, diagnostics)
  table.insert(stages, {
    name = name,
    lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false),
    diagnostics = diagnostics,
    shown = #vim.diagnostic.get(bufnr),
  })
end

local get_clients = vim.lsp.get_clients or vim.lsp.get_active_clients

local function loclint_client()
  for _, client in ipairs(get_clients()) do
    if client.name == 'loclint' then
      return client
    end
  end
end

local function run()
  dofile(env.LOCLINT_SETUP)
  vim.cmd('edit ' .. vim.fn.fnameescape(env.LOCLINT_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  if not vim.wait(timeout_ms, function() return loclint_client() ~= nil end, 20) then
    error('the set-up started no client named loclint for ' .. env.LOCLINT_FILE)
  end
  local client = loclint_client()
  local diagnostics = await_diagnostics(uri, 0, nil, 'after opening ' .. env.LOCLINT_FILE)
  record('opened', bufnr, diagnostics)

  local _, seen = latest_for(uri)
  local line = tonumber(env.LOCLINT_EDIT_LINE)
  vim.api.nvim_buf_set_lines(bufnr, line - 1, line, false, { env.LOCLINT_EDIT_TEXT })
  diagnostics = await_diagnostics(uri, seen, diagnostics, 'changed by the edit of line ' .. line)
  record('edited', bufnr, diagnostics)

  local target
  local action_line = tonumber(env.LOCLINT_ACTION_LINE) - 1
  for _, diagnostic in ipairs(diagnostics) do
    if diagnostic.code == env.LOCLINT_ACTION_CODE and diagnostic.range.start.line == action_line then
      target = diagnostic
    end
  end
  if not target then
    error('no ' .. env.LOCLINT_ACTION_CODE .. ' on line ' .. env.LOCLINT_ACTION_LINE .. ' after the edit')
  end
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = target.range,
    context = { diagnostics = { target } },
  }, timeout_ms)
  local response = responses and responses[client.id]
  if not response or response.err then
    error('textDocument/codeAction failed: ' .. vim.inspect(response))
  end
  result.action_titles = {}
  local chosen
  for _, action in ipairs(response.result or {}) do
    table.insert(result.action_titles, action.title)
    if action.title == env.LOCLINT_ACTION_TITLE then
      chosen = action
    end
  end
  if not chosen then
    error('no code action titled ' .. env.LOCLINT_ACTION_TITLE .. ' among ' .. vim.inspect(result.action_titles))
  end
  if not chosen.edit then
    error('the code action ' .. chosen.title .. ' has no edit')
  end
  _, seen = latest_for(uri)
  -- what Neovim's own code-action menu does with an action's edit
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  diagnostics = await_diagnostics(uri, seen, diagnostics, 'changed by the code action')
  record('fixed', bufnr, diagnostics)
  result.modified = vim.api.nvim_buf_get_option(bufnr, 'modified')
end

local ok, err = pcall(run)
if not ok then
  result.error = tostring(err)
end
write_result()
vim.cmd(ok and 'qall!' or 'cquit! 1')
