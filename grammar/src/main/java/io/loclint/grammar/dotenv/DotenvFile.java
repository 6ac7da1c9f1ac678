package io.loclint.grammar.dotenv;

import java.util.List;

/**
 * The entries of a {@code .env} file in order. Lines that are neither entries, comments nor blank are left out,
 * as the tools reading such files (docker compose, python-dotenv) skip or reject them; values do not continue
 * onto the next line.
 */
public record DotenvFile(List<DotenvEntry> entries) {
}
