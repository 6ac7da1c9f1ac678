package io.loclint.engine.config;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Which configuration applies where, as in Ruff: each file takes the nearest configuration above it (its folder's
 * {@code loclint.toml}, or {@code pyproject.toml} with a {@code [tool.loclint]} table), whole, never merged with
 * one further up. The climb stops at the repository root (a folder holding {@code .git}) or at a checked folder
 * outside a repository, so no configuration above the checked tree is ever read. The per-run settings
 * ({@code fail-on}, {@code max-file-size}) come from the configuration of the run's root.
 */
public final class Configurations {
    private final Collection<RuleOption<?>> declared;
    /** Absolute folders where a climb stops besides repository roots; empty means one configuration everywhere. */
    private final List<Path> boundaries;
    /** Applied to every configuration read, before it is used: the command line's checks and overrides. */
    private final UnaryOperator<LoclintConfig> adjust;
    private final LoclintConfig run;
    private final Map<Path, LoclintConfig> byFolder = new HashMap<>();

    private Configurations(Collection<RuleOption<?>> declared, List<Path> boundaries,
                           UnaryOperator<LoclintConfig> adjust, LoclintConfig run) {
        this.declared = declared;
        this.boundaries = boundaries;
        this.adjust = adjust;
        this.run = run;
    }

    /** One configuration for every file and the run, wherever the files are. */
    public static Configurations of(LoclintConfig config) {
        return new Configurations(List.of(), List.of(), UnaryOperator.identity(), config);
    }

    public static Configurations find(List<Path> limits, Path runRoot, Collection<RuleOption<?>> declared) {
        return find(limits, runRoot, declared, UnaryOperator.identity());
    }

    /**
     * @param limits   the folders where climbs stop besides repository roots: each checked path's
     *                 {@link #climbLimit}, or the folder a commit's tree was exported to
     * @param runRoot  the folder reported paths are relative to; its configuration gives the per-run settings, or,
     *                 when it lies above every limit, the first limit's does
     * @param declared every rule option there is
     * @param adjust   applied to each configuration as it is read (and to the defaults where there is none); it
     *                 may throw {@link ConfigException} to refuse one
     * @throws ConfigException when the run's configuration is broken
     */
    public static Configurations find(List<Path> limits, Path runRoot, Collection<RuleOption<?>> declared,
                                      UnaryOperator<LoclintConfig> adjust) {
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("a run checks at least one path");
        }
        List<Path> boundaries = new ArrayList<>();
        for (Path folder : limits) {
            boundaries.add(folder.toAbsolutePath().normalize());
        }
        Configurations configurations = new Configurations(declared, List.copyOf(boundaries), adjust, null);
        Path root = runRoot.toAbsolutePath().normalize();
        Path start = configurations.climbStops(root) ? root : boundaries.get(0);
        return new Configurations(declared, List.copyOf(boundaries), adjust, configurations.forFolder(start));
    }

    /** The configuration of the run's root: {@code fail-on} and {@code max-file-size} are read from it only. */
    public LoclintConfig run() {
        return run;
    }

    /** The configuration that applies to a file: the nearest one above it. */
    public LoclintConfig forFile(Path absoluteFile) {
        Path parent = absoluteFile.getParent();
        return parent == null ? forFolder(absoluteFile) : forFolder(parent);
    }

    /**
     * The configuration that applies to a folder: its own, else the nearest one above it up to where the climb
     * stops, else the defaults.
     *
     * @throws ConfigException when that configuration is broken
     */
    public synchronized LoclintConfig forFolder(Path absoluteFolder) {
        if (boundaries.isEmpty()) {
            return run;
        }
        List<Path> climbed = new ArrayList<>();
        LoclintConfig found = null;
        for (Path dir = absoluteFolder.normalize(); dir != null && found == null; dir = dir.getParent()) {
            found = byFolder.get(dir);
            if (found == null) {
                climbed.add(dir);
                LoclintConfig read = ConfigLoader.inFolder(dir, declared);
                if (read == null && stopsClimb(dir)) {
                    read = LoclintConfig.defaults();
                }
                found = read == null ? null : adjust.apply(read);
            }
        }
        LoclintConfig applies = found == null ? adjust.apply(LoclintConfig.defaults()) : found;
        climbed.forEach(dir -> byFolder.put(dir, applies));
        return applies;
    }

    /** Whether a climb from {@code dir} ends at a limit or a repository root rather than the disk's root. */
    private boolean climbStops(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (stopsClimb(d)) {
                return true;
            }
        }
        return false;
    }

    private boolean stopsClimb(Path dir) {
        return boundaries.contains(dir) || Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The folder a climb from {@code path} stops at: the repository root holding it (a folder with {@code .git},
     * a directory or, in a worktree or submodule, a file), else the path's own folder.
     */
    public static Path climbLimit(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path folder = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return dir;
            }
        }
        return folder;
    }
}
