package io.loclint.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, stamped in at build time. */
public final class Version {
    private Version() {
    }

    public static String get() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
