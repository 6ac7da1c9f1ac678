package io.loclint.cli;

import io.loclint.cli.gitea.Json;
import io.loclint.engine.testing.FixtureAssert;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workflow file users copy: valid YAML, full history, Java 17, the built-in token, {@code loclint gitea}. */
class GiteaWorkflowTest {
    @Test
    void workflowChecksOutTheHistoryAndRunsLoclintGitea() throws IOException {
        Path workflow = FixtureAssert.testdata().getParent().resolve(".gitea/workflows/loclint.yaml");
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(workflow));
        // SnakeYAML reads YAML 1.1, where a bare `on` key is the boolean true; Gitea's parser (YAML 1.2) reads "on"
        Map<?, ?> top = (Map<?, ?>) doc;
        Object on = top.containsKey("on") ? top.get("on") : top.get(Boolean.TRUE);
        assertNotNull(Json.at(on, "pull_request"));
        List<?> steps = (List<?>) Json.at(doc, "jobs", "loclint", "steps");
        Map<?, ?> checkout = (Map<?, ?>) steps.get(0);
        assertTrue(((String) checkout.get("uses")).startsWith("actions/checkout@"));
        assertEquals(0, ((Map<?, ?>) checkout.get("with")).get("fetch-depth"));
        Map<?, ?> java = (Map<?, ?>) steps.get(1);
        assertTrue(((String) java.get("uses")).startsWith("actions/setup-java@"));
        assertEquals("17", ((Map<?, ?>) java.get("with")).get("java-version"));
        Map<?, ?> run = (Map<?, ?>) steps.get(2);
        assertTrue(((String) run.get("run")).startsWith("./loclint gitea"));
        assertEquals("${{ secrets.GITEA_TOKEN }}", ((Map<?, ?>) run.get("env")).get("GITEA_TOKEN"));
    }
}
