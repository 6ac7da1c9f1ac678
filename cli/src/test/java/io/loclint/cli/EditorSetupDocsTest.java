package io.loclint.cli;

import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/editors.md: its links lead to files of this repository, and the set-ups no test runs in their editor at least
 * parse and start {@code loclint server} (NeovimClientIT runs the Neovim one, EmacsClientIT the Eglot one,
 * VsCodeExtensionTest builds VS Code's); the elisp block is the set-up EmacsClientIT loads.
 */
class EditorSetupDocsTest {
    private static final Path ROOT = Path.of(System.getProperty("loclint.root.dir", ".."));
    private static final Path DOC = ROOT.resolve("docs/editors.md");

    @Test
    void relativeLinksLeadToFilesOfTheRepository() throws IOException {
        Matcher link = Pattern.compile("\\]\\((?!https?:)([^)#]+)\\)").matcher(Files.readString(DOC));
        List<String> links = new ArrayList<>();
        while (link.find()) {
            links.add(link.group(1));
            assertTrue(Files.exists(DOC.getParent().resolve(link.group(1))), link.group(1));
        }
        assertEquals(List.of("../editors/neovim/loclint.lua", "../editors/vscode", "../editors/zed"), links);
    }

    @Test
    void theHelixConfigurationParsesAndAddsLoclintServerToEachLanguage() throws IOException {
        TomlParseResult helix = Toml.parse(block("toml"));
        assertEquals(List.of(), helix.errors());
        assertEquals("loclint", helix.getString("language-server.loclint.command"));
        assertEquals(List.of("server"), helix.getArray("language-server.loclint.args").toList());
        TomlArray languages = helix.getArray("language");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            TomlTable language = languages.getTable(i);
            names.add(language.getString("name"));
            List<Object> servers = language.getArray("language-servers").toList();
            assertEquals("loclint", servers.get(servers.size() - 1), language.getString("name"));
        }
        assertEquals(List.of("python", "toml", "yaml", "dockerfile", "env"), names);
    }

    @Test
    void theNeovimAndEglotSetUpsStartLoclintServer() throws IOException {
        assertTrue(block("lua").contains("cmd = { 'loclint', 'server' },"), block("lua"));
        String eglot = block("elisp");
        assertTrue(eglot.contains(". (\"loclint\" \"server\")"), eglot);
        assertEquals(eglot.chars().filter(c -> c == '(').count(), eglot.chars().filter(c -> c == ')').count(), eglot);
        String shipped = Files.readString(ROOT.resolve("editors/neovim/loclint.lua"));
        assertTrue(shipped.contains("cmd = { 'loclint', 'server' }"), shipped);
    }

    /** The last fenced block of {@code language} in the document. */
    static String block(String language) throws IOException {
        Matcher fence = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(DOC));
        String last = null;
        while (fence.find()) {
            last = fence.group(1);
        }
        assertTrue(last != null, "docs/editors.md has a " + language + " block");
        return last;
    }
}
