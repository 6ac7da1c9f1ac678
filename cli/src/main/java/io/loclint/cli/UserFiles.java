package io.loclint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files a user names for loclint to read or write besides the checked tree ({@code --baseline},
 * {@code --output}, the baseline to write, {@code GITHUB_EVENT_PATH}), checked before the run: a pipe would block
 * it forever, a folder or an empty name fail only at the end.
 */
final class UserFiles {
    private static final int FILE_TYPE = 0170000;
    private static final int CHARACTER_DEVICE = 0020000;

    private UserFiles() {
    }

    /**
     * Throws a usage error unless {@code file} can take a report: a regular file or none yet, or a character
     * device ({@code /dev/null}, a terminal); never a folder, pipe or socket.
     *
     * @param what how the command line named it, for the message ({@code --output})
     */
    static void requireWritable(Path file, String what) {
        if (file.toString().isEmpty()) {
            throw new UsageException(what + " '' names no file; give a file name, or - for stdout");
        }
        if (Files.isDirectory(file)) {
            throw new UsageException(what + " '" + file + "' is a folder; give a file name");
        }
        if (Files.exists(file) && !Files.isRegularFile(file) && !characterDevice(file)) {
            throw new UsageException(what + " '" + file + "' is not a regular file (a pipe or socket would block)");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UsageException("cannot write '" + file + "': its folder does not exist");
        }
    }

    /** Throws a usage error unless {@code file} is a regular file (after links): a pipe or device would block. */
    static void requireRegular(Path file, String what) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new UsageException(what + " '" + file + "' is not a regular file");
        }
    }

    private static boolean characterDevice(Path file) {
        try {
            return ((Integer) Files.getAttribute(file, "unix:mode") & FILE_TYPE) == CHARACTER_DEVICE;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return false;
        }
    }
}
