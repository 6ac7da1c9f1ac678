package io.loclint.engine.model;

import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SetupCfgTest {
    @Test
    void readsContinuationLinesWithTheirPositionsAndSkipsComments() {
        SetupCfg cfg = SetupCfg.parse("[metadata]\r\nname = yard\r\n\r\n[options]\r\n"
                + "Install_Requires =\r\n    dagster==1.8.13\r\n    # a comment\r\n\trequests  \r\n"
                + "python_requires: >=3.10\r\n");
        SetupCfg.Value install = cfg.get("options", "install_requires");
        assertEquals(List.of(new SetupCfg.Line("dagster==1.8.13", new Span(6, 5, 6, 20)),
                new SetupCfg.Line("requests", new Span(8, 2, 8, 10))), install.lines());
        assertEquals(">=3.10", cfg.get("options", "python_requires").text());
        assertEquals("yard", cfg.get("metadata", "name").text());
        assertNull(cfg.get("options", "packages"));
        assertEquals(List.of(), cfg.section("options.extras_require"));
    }
}
