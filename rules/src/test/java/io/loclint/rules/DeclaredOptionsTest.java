package io.loclint.rules;

import io.loclint.engine.Linter;
import io.loclint.engine.config.ConfigException;
import io.loclint.engine.config.ConfigLoader;
import io.loclint.engine.config.LoclintConfig;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.Severity;
import io.loclint.engine.rule.RuleContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The configuration is validated against the options the registered rules declare, and the rules get the values. */
class DeclaredOptionsTest {
    @TempDir
    Path dir;

    private String error(String text) throws IOException {
        Files.writeString(dir.resolve("loclint.toml"), text);
        return assertThrows(ConfigException.class, () -> ConfigLoader.find(dir, Registry.options())).getMessage();
    }

    @Test
    void everyMistakeInARuleOptionIsOneLineNamingTheKey() throws IOException {
        Path file = dir.resolve("loclint.toml");
        assertEquals(file + ": options.colour is not a rule option (known: credential-allow, credential-names,"
                + " module-map, op-max-statements, placeholder-names, version-tag-pattern)", error("[options]\ncolour = 1\n"));
        assertEquals(file + ": options.op-max-statements must be a whole number from 1 to 10000",
                error("[options]\nop-max-statements = \"forty\"\n"));
        assertEquals(file + ": options.version-tag-pattern must have the groups (?<base>...) and (?<version>...)",
                error("[options]\nversion-tag-pattern = \"_v[0-9]+$\"\n"));
        assertEquals(file + ": options.credential-allow has an invalid regular expression",
                error("[options]\ncredential-allow = [\"(\"]\n"));
        assertEquals(file + ": options.credential-names must be a list of strings",
                error("[options]\ncredential-names = \"vault_token\"\n"));
        assertEquals(file + ": options.placeholder-names must be a list of strings",
                error("[options]\nplaceholder-names = [1]\n"));
        assertEquals(file + ": options.module-map.\"My_Dist\" must be a list of strings",
                error("[options]\nmodule-map = { \"My_Dist\" = 3 }\n"));
    }

    @Test
    void configuredValuesReplaceTheDeclaredDefaults() throws IOException {
        Files.writeString(dir.resolve("loclint.toml"), """
                [options]
                op-max-statements = 25
                placeholder-names = ["sandbox"]
                module-map = { "My_Dist" = ["mymod"] }
                credential-names = ["seed"]
                """);
        LoclintConfig config = ConfigLoader.find(dir, Registry.options());
        assertEquals(25, config.options().get(OpTooLong.MAX_STATEMENTS));
        assertEquals(List.of("sandbox"), config.options().get(PlaceholderLocationName.PLACEHOLDER_NAMES));
        assertEquals(Map.of("my-dist", List.of("mymod")), config.options().get(UndeclaredDependency.MODULE_MAP));
        assertEquals(List.of("seed"), config.options().get(Credentials.NAMES));
        assertEquals(List.of(), config.options().get(Credentials.ALLOW));
        assertEquals("^(?<base>.+)_ver_(?<version>0|[1-9][0-9]*)$",
                config.options().get(Versions.TAG_PATTERN).pattern());
    }

    @Test
    void noConfigurationMeansTheDeclaredDefaults() {
        LoclintConfig config = ConfigLoader.find(dir, Registry.options());
        assertEquals(40, config.options().get(OpTooLong.MAX_STATEMENTS));
        assertEquals(List.of("template_code_location", "my_project", "code_location", "example", "dagster_project",
                "my_dagster_project", "project", "test"), config.options().get(PlaceholderLocationName.PLACEHOLDER_NAMES));
        assertEquals(Map.of(), config.options().get(UndeclaredDependency.MODULE_MAP));
    }

    /** A rule reads the configured value: SOC002 with a limit of 2 reports the op with 3 statements only. */
    @Test
    void aRuleReadsItsConfiguredOption() throws IOException {
        Files.writeString(dir.resolve("loclint.toml"), "select = [\"SOC002\"]\n[options]\nop-max-statements = 2\n");
        Files.writeString(dir.resolve("pyproject.toml"), "[project]\nname = \"weather\"\ndependencies = [\"dagster\"]\n");
        Files.createDirectories(dir.resolve("weather"));
        Files.writeString(dir.resolve("weather/__init__.py"), """
                from dagster import Definitions, job, op


                @op
                def short_op():
                    a = 1
                    return a


                @op
                def long_op():
                    a = 1
                    b = a + 1
                    return b


                @job
                def weather_job():
                    long_op()
                    short_op()


                defs = Definitions(jobs=[weather_job])
                """);
        List<Finding> findings = new Linter(Registry.rules(), Registry.metas(), "test",
                ConfigLoader.find(dir, Registry.options())).run(dir, List.of(dir)).findings();
        assertEquals(List.of("SOC002 weather/__init__.py:11 op 'long_op' has 3 statements, more than the limit of 2;"
                        + " business logic belongs in a module the op calls"),
                findings.stream().map(f -> f.code() + " " + f.path() + ":" + f.span().startLine() + " " + f.message())
                        .toList());
    }

    @Test
    void readingAnUndeclaredOptionFails() {
        RuleContext context = new RuleContext(new OpTooLong(), Severity.NOTE, LoclintConfig.defaults().options(),
                finding -> { }, note -> { });
        assertEquals("SOC002 reads option 'version-tag-pattern' but does not declare it in options()",
                assertThrows(IllegalStateException.class, () -> context.option(Versions.TAG_PATTERN)).getMessage());
        assertEquals(40, context.option(OpTooLong.MAX_STATEMENTS));
    }
}
