package io.loclint.engine.files;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FileKindTest {
    @Test
    void dockerfilesByEveryName() {
        for (String name : new String[]{"Dockerfile", "Dockerfile.local", "Dockerfile-worker", "dockerfile_prod",
                "prod.Dockerfile", ".gitpod.Dockerfile", "Containerfile", "Containerfile.gpu", "deploy/app.dockerfile"}) {
            assertEquals(FileKind.DOCKERFILE, FileKind.of(name), name);
        }
        for (String name : new String[]{"Dockerfile.md", "Dockerfile.dockerignore", "dockerfile-notes.txt"}) {
            assertNull(FileKind.of(name), name);
        }
    }

    @Test
    void jinjaValuesAreYamlAndOtherJinjaIsNotRead() {
        assertEquals(FileKind.YAML, FileKind.of("deploy/values.yaml.j2"));
        assertEquals(FileKind.YAML, FileKind.of("values-prod.yml.j2"));
        assertNull(FileKind.of("jobs/templates/job.yml.j2"));
    }
}
