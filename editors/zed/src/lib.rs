//! Zed starts a language server only through an extension: this one tells Zed to run `loclint server`.

use std::collections::BTreeMap;

use zed_extension_api::{self as zed, settings::LspSettings, LanguageServerId, Result, Worktree};

const NOT_FOUND: &str = "loclint is not on the PATH of your shell: install a release and put its bin/ folder on \
the PATH, or set \"lsp\": {\"loclint\": {\"binary\": {\"path\": \"/path/to/loclint\"}}} in Zed's settings";

struct LoclintExtension;

impl zed::Extension for LoclintExtension {
    fn new() -> Self {
        LoclintExtension
    }

    fn language_server_command(
        &mut self,
        language_server_id: &LanguageServerId,
        worktree: &Worktree,
    ) -> Result<zed::Command> {
        // Zed's "lsp" settings for this server may name the launcher, its arguments and more environment
        let binary = LspSettings::for_worktree(language_server_id.as_ref(), worktree)?
            .binary
            .unwrap_or_default();
        let command = match binary.path {
            Some(path) => path,
            None => worktree.which("loclint").ok_or_else(|| NOT_FOUND.to_string())?,
        };
        let args = binary.arguments.unwrap_or_else(|| vec!["server".to_string()]);
        // The launcher runs `java` from the PATH: a Zed started from a desktop menu has not got the shell's one.
        let mut env: BTreeMap<String, String> = worktree.shell_env().into_iter().collect();
        env.extend(binary.env.unwrap_or_default());
        Ok(zed::Command {
            command,
            args,
            env: env.into_iter().collect(),
        })
    }
}

zed::register_extension!(LoclintExtension);
