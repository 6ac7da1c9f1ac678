package io.loclint.engine.model;

import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.model.images.ImageReference;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything one run reads: the code locations found, and every parsed file (also those outside any location,
 * such as a monorepo's shared Helm chart), and the images they build from or deploy.
 */
public record Project(Path root, List<CodeLocation> locations, List<ParsedFile> files, List<ImageReference> images) {
}
