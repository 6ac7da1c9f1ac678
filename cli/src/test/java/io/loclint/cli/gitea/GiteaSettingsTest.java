package io.loclint.cli.gitea;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GiteaSettingsTest {
    @TempDir
    Path tmp;

    Map<String, String> actions() {
        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_SERVER_URL", "https://gitea.example.com/");
        env.put("GITHUB_REPOSITORY", "acme/inventory");
        env.put("GITHUB_REF", "refs/pull/12/merge");
        env.put("GITHUB_TOKEN", "t0ken");
        return env;
    }

    @Test
    void readsTheGiteaActionsEnvironment() {
        GiteaSettings s = GiteaSettings.resolve(actions(), null, null, null, null, false);
        assertEquals("https://gitea.example.com/api/v1", s.apiBase());
        assertEquals("acme", s.owner());
        assertEquals("inventory", s.repo());
        assertEquals(12, s.pullRequest());
        assertEquals("t0ken", s.token());
        assertEquals("GITHUB_TOKEN", s.tokenName());
        assertFalse(s.toString().contains("t0ken"));
    }

    @Test
    void prefersTheEventFileAndGiteaVariables() throws IOException {
        Path event = tmp.resolve("event.json");
        Files.writeString(event, "{\"action\":\"synchronized\",\"number\":3,\"pull_request\":{\"number\":34}}");
        Map<String, String> env = actions();
        env.put("GITHUB_EVENT_PATH", event.toString());
        env.put("GITEA_SERVER_URL", "http://gitea.local:3000/sub");
        env.put("GITEA_TOKEN", "gitea-t0ken");
        GiteaSettings s = GiteaSettings.resolve(env, null, null, null, null, false);
        assertEquals(34, s.pullRequest());
        assertEquals("http://gitea.local:3000/sub/api/v1", s.apiBase());
        assertEquals("GITEA_TOKEN", s.tokenName());
    }

    @Test
    void flagsWin() {
        Map<String, String> env = actions();
        env.put("CI_BOT", "bot-t0ken");
        GiteaSettings s = GiteaSettings.resolve(env, "https://other.example", "me/mine", 5L, "CI_BOT", false);
        assertEquals("https://other.example/api/v1", s.apiBase());
        assertEquals("me/mine", s.owner() + "/" + s.repo());
        assertEquals(5, s.pullRequest());
        assertEquals("bot-t0ken", s.token());
    }

    @Test
    void mistakesAreOneLine() {
        Map<String, String> env = actions();
        env.put("GITHUB_REF", "refs/heads/main");
        assertTrue(assertThrows(GiteaException.class, () -> GiteaSettings.resolve(env, null, null, null, null, false))
                .getMessage().startsWith("no pull request number"));
        assertTrue(assertThrows(GiteaException.class,
                () -> GiteaSettings.resolve(actions(), "ftp://x", null, null, null, false))
                .getMessage().contains("is not an http(s) URL"));
        assertTrue(assertThrows(GiteaException.class,
                () -> GiteaSettings.resolve(actions(), null, "justaname", null, null, false))
                .getMessage().contains("is not OWNER/REPO"));
        assertTrue(assertThrows(GiteaException.class,
                () -> GiteaSettings.resolve(actions(), null, null, null, "NOPE", false))
                .getMessage().contains("NOPE named by --token-env is not set"));
        assertNull(GiteaSettings.resolve(actions(), null, null, null, "NOPE", true).token(), "dry run needs no token");
    }
}
