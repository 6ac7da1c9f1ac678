package io.loclint.cli.git;

/** Git is missing, the folder is not in a repository, or a git command failed; the message is one line. */
public final class GitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GitException(String message) {
        super(message);
    }
}
