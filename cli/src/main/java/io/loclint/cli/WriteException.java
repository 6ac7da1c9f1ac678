package io.loclint.cli;

/** A report or baseline that could not be written (a full disk, {@code /dev/full}): exit 3 with this one line. */
final class WriteException extends RuntimeException {
    WriteException(String message) {
        super(message);
    }

    /** What the system said, without the path the caller names anyway. */
    static String reason(java.io.IOException e) {
        String reason = e instanceof java.nio.file.FileSystemException f ? f.getReason() : e.getMessage();
        return reason != null ? reason : e.getClass().getSimpleName();
    }
}
