-- loclint's language server in Neovim 0.7 or newer, without plugins (docs/editors.md). `loclint server` starts once,
-- in the folder Neovim was started in (the workspace root), when the first file of a kind loclint reads is opened;
-- every such file is attached to it. By file name, not filetype: Neovim has none for some of them (.env.local,
-- *.dockerfile) and a generic one for others (requirements.txt is "text").
local patterns = {
  '*.py', '*.pyi', '*.toml', '*.yaml', '*.yml', 'values*.yaml.j2', 'values*.yml.j2',
  '*/templates/*.tpl', '*/templates/*.txt',
  'Dockerfile*', 'dockerfile*', 'Containerfile*', 'containerfile*', '*.dockerfile', '*.Dockerfile',
  'requirements*.txt', 'setup.cfg', '.env', '.env.*', '.env-*', '*.env',
}
local client_id
vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, {
  group = vim.api.nvim_create_augroup('loclint', { clear = true }),
  pattern = patterns,
  callback = function(args)
    if not (client_id and vim.lsp.get_client_by_id(client_id)) then
      client_id = vim.lsp.start_client({ name = 'loclint', cmd = { 'loclint', 'server' }, root_dir = vim.fn.getcwd() })
    end
    if client_id then
      vim.lsp.buf_attach_client(args.buf, client_id)
    end
  end,
})
