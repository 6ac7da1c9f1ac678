package io.loclint.engine.files;

import java.nio.file.Path;

/**
 * A file loclint will read.
 *
 * @param path         relative to the run's root, forward slashes: what reports show
 * @param absolutePath where to read it
 */
public record SourceFile(String path, Path absolutePath, FileKind kind, long size) {
}
