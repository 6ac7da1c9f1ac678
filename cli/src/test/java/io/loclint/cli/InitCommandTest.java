package io.loclint.cli;

import io.loclint.engine.config.ConfigLoader;
import io.loclint.engine.config.LoclintConfig;
import io.loclint.engine.config.RuleOption;
import io.loclint.rules.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code loclint init} writes every declared rule option, and what it writes is valid configuration. */
class InitCommandTest {

    @Test
    void theStarterShowsEveryDeclaredOptionWithItsRulesAndDescription(@TempDir Path temp) throws IOException {
        assertEquals(0, CliTest.run("init", temp.toString()).exitCode());
        String starter = Files.readString(temp.resolve("loclint.toml"));
        List<String> optionLines = starter.lines().dropWhile(l -> !l.equals("[options]")).skip(1).toList();
        assertEquals(2 * Registry.options().size(), optionLines.size(), starter);
        for (int i = 0; i < Registry.options().size(); i++) {
            RuleOption<?> option = Registry.options().get(i);
            assertEquals("# " + String.join(", ", Registry.codesReading(option)) + ": " + option.description() + "; "
                    + option.expected() + ".", optionLines.get(2 * i));
            assertEquals("# " + option.key() + " = " + option.exampleToml(), optionLines.get(2 * i + 1));
        }
        assertTrue(starter.contains("# SOC002: statements an op body may have; a whole number from 1 to 10000.\n"
                + "# op-max-statements = 40\n"), starter);
        assertTrue(starter.contains("# credential-names = [\"vault_token\"]\n"), starter);
    }

    /** Uncommented, the starter's option lines load, and an option shown without an example is its default. */
    @Test
    void theStartersOptionLinesUncommentedAreValidAndShowTheDefaults(@TempDir Path temp) throws IOException {
        assertEquals(0, CliTest.run("init", temp.toString()).exitCode());
        Path file = temp.resolve("loclint.toml");
        StringBuilder uncommented = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            boolean optionLine = Registry.options().stream().anyMatch(o -> line.startsWith("# " + o.key() + " = "));
            uncommented.append(optionLine ? line.substring(2) : line).append('\n');
        }
        Files.writeString(file, uncommented);
        LoclintConfig config = ConfigLoader.find(temp, Registry.options());
        assertEquals(file, config.source());
        for (RuleOption<?> option : Registry.options()) {
            if (option.exampleToml().equals(option.defaultToml())) {
                assertEquals(option.defaultToml(), reshown(option, config), option.key());
            }
        }
        assertEquals(40, config.options().get(Registry.options().stream()
                .filter(o -> o.key().equals("op-max-statements")).findFirst().orElseThrow()));
    }

    /** A configured value written back as TOML, to compare values (patterns have no equals) by their text. */
    private static <T> String reshown(RuleOption<T> option, LoclintConfig config) {
        return option.toToml(config.options().get(option));
    }
}
