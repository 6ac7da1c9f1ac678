//! The command editors/zed gives Zed for `loclint server`, in the cases a user meets.

use std::collections::HashMap;

use loclint_zed::registered_extension;
use zed_extension_api::settings::{CommandSettings, LspSettings};
use zed_extension_api::{Command, LanguageServerId, Worktree};

fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

fn command_for(worktree: &Worktree) -> Result<Command, String> {
    registered_extension().language_server_command(&LanguageServerId::named("loclint"), worktree)
}

#[test]
fn loclint_on_the_shell_path_is_started_as_a_server_with_the_shell_environment() {
    let worktree = Worktree {
        programs: HashMap::from([("loclint".to_string(), "/opt/loclint/bin/loclint".to_string())]),
        shell: env(&[("PATH", "/opt/loclint/bin:/usr/bin"), ("JAVA_HOME", "/usr/lib/jvm/17")]),
        ..Default::default()
    };
    assert_eq!(
        command_for(&worktree),
        Ok(Command {
            command: "/opt/loclint/bin/loclint".to_string(),
            args: vec!["server".to_string()],
            env: env(&[("JAVA_HOME", "/usr/lib/jvm/17"), ("PATH", "/opt/loclint/bin:/usr/bin")]),
        })
    );
}

#[test]
fn without_loclint_on_the_path_zed_shows_how_to_set_it_up() {
    let error = command_for(&Worktree::default()).unwrap_err();
    assert!(error.starts_with("loclint is not on the PATH of your shell: install a release"), "{error}");
    assert!(error.contains(r#""lsp": {"loclint": {"binary": {"path": "/path/to/loclint"}}}"#), "{error}");
}

#[test]
fn a_path_in_the_settings_is_used_even_where_another_loclint_is_on_the_path() {
    let worktree = Worktree {
        programs: HashMap::from([("loclint".to_string(), "/usr/local/bin/loclint".to_string())]),
        lsp: HashMap::from([(
            "loclint".to_string(),
            LspSettings {
                binary: Some(CommandSettings { path: Some("/home/me/loclint/loclint".to_string()), ..Default::default() }),
                ..Default::default()
            },
        )]),
        ..Default::default()
    };
    let command = command_for(&worktree).unwrap();
    assert_eq!(command.command, "/home/me/loclint/loclint");
    assert_eq!(command.args, vec!["server".to_string()]);
}

#[test]
fn arguments_and_environment_from_the_settings_replace_the_defaults() {
    let worktree = Worktree {
        programs: HashMap::from([("loclint".to_string(), "/opt/loclint/bin/loclint".to_string())]),
        shell: env(&[("PATH", "/usr/bin"), ("JAVA_OPTS", "-Xmx1g")]),
        lsp: HashMap::from([(
            "loclint".to_string(),
            LspSettings {
                binary: Some(CommandSettings {
                    path: None,
                    arguments: Some(vec!["server".to_string(), "--debounce".to_string(), "300".to_string()]),
                    env: Some(HashMap::from([("JAVA_OPTS".to_string(), "-Xmx512m".to_string())])),
                }),
                ..Default::default()
            },
        )]),
        ..Default::default()
    };
    assert_eq!(
        command_for(&worktree),
        Ok(Command {
            command: "/opt/loclint/bin/loclint".to_string(),
            args: vec!["server".to_string(), "--debounce".to_string(), "300".to_string()],
            env: env(&[("JAVA_OPTS", "-Xmx512m"), ("PATH", "/usr/bin")]),
        })
    );
}

#[test]
fn settings_zed_cannot_read_are_reported_not_ignored() {
    let worktree = Worktree {
        programs: HashMap::from([("loclint".to_string(), "/opt/loclint/bin/loclint".to_string())]),
        broken_settings: Some("invalid type: string, expected a sequence".to_string()),
        ..Default::default()
    };
    assert_eq!(command_for(&worktree), Err("invalid type: string, expected a sequence".to_string()));
}
