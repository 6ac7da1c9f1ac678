//! A stand-in for the parts of Zed's `zed_extension_api` 0.7.0 that editors/zed uses, with the same names and
//! signatures (see docs.rs/zed_extension_api/0.7.0), so that ZedExtensionTest can compile the extension for this
//! machine and run it against a worktree the test describes: neither the real crate (crates.io) nor a WebAssembly
//! target can be had where the tests run.

use std::collections::HashMap;

pub type Result<T, E = String> = core::result::Result<T, E>;

pub type EnvVars = Vec<(String, String)>;

#[derive(Debug, PartialEq, Eq)]
pub struct Command {
    pub command: String,
    pub args: Vec<String>,
    pub env: EnvVars,
}

pub struct LanguageServerId(String);

impl LanguageServerId {
    /// Zed makes these from the extension manifest's `[language_servers.NAME]`; tests name them here.
    pub fn named(name: &str) -> Self {
        LanguageServerId(name.to_string())
    }
}

impl AsRef<str> for LanguageServerId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// What Zed would answer about a project folder: the programs on the login shell's PATH, that shell's environment
/// and the user's "lsp" settings by server name (absent settings read as the defaults, as Zed gives them).
#[derive(Default)]
pub struct Worktree {
    pub programs: HashMap<String, String>,
    pub shell: EnvVars,
    pub lsp: HashMap<String, settings::LspSettings>,
    pub broken_settings: Option<String>,
}

impl Worktree {
    pub fn which(&self, binary_name: &str) -> Option<String> {
        self.programs.get(binary_name).cloned()
    }

    pub fn shell_env(&self) -> EnvVars {
        self.shell.clone()
    }
}

pub trait Extension: Send + Sync {
    fn new() -> Self
    where
        Self: Sized;

    fn language_server_command(
        &mut self,
        _language_server_id: &LanguageServerId,
        _worktree: &Worktree,
    ) -> Result<Command> {
        Err("`language_server_command` not implemented".to_string())
    }
}

/// The real macro exports the extension to Zed's WebAssembly host; this one hands it to the test.
#[macro_export]
macro_rules! register_extension {
    ($extension_type:ty) => {
        pub fn registered_extension() -> Box<dyn zed_extension_api::Extension> {
            Box::new(<$extension_type as zed_extension_api::Extension>::new())
        }
    };
}

pub mod settings {
    use super::{Result, Worktree};
    use std::collections::HashMap;

    #[derive(Default, Clone, Debug)]
    pub struct LspSettings {
        pub binary: Option<CommandSettings>,
        pub initialization_options: Option<String>,
        pub settings: Option<String>,
    }

    #[derive(Default, Clone, Debug)]
    pub struct CommandSettings {
        pub path: Option<String>,
        pub arguments: Option<Vec<String>>,
        pub env: Option<HashMap<String, String>>,
    }

    impl LspSettings {
        pub fn for_worktree(language_server_name: &str, worktree: &Worktree) -> Result<Self> {
            if let Some(error) = &worktree.broken_settings {
                return Err(error.clone());
            }
            Ok(worktree.lsp.get(language_server_name).cloned().unwrap_or_default())
        }
    }
}
