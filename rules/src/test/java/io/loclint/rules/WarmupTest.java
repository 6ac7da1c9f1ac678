package io.loclint.rules;

import io.loclint.engine.Linter;
import io.loclint.engine.config.RuleOption;
import io.loclint.engine.model.CodeLocation;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.ProjectRule;
import io.loclint.engine.rule.Rule;
import io.loclint.engine.rule.RuleContext;
import io.loclint.engine.rule.RuleInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The warm-up is worth its time only if it runs every rule over something, as a check does, to the end. */
class WarmupTest {
    private final Set<String> checked = ConcurrentHashMap.newKeySet();
    private final Map<String, Throwable> failed = new ConcurrentHashMap<>();

    @Test
    void theWarmupRunsEveryRegisteredRuleOnAnElementWithoutAnException() {
        Linter.warmUp(() -> Registry.rules().stream().map(this::recording).toList());
        assertEquals(Map.of(), failed);
        assertEquals(new TreeSet<>(FixtureRun.registeredCodes()), new TreeSet<>(checked));
    }

    private Rule recording(Rule rule) {
        if (rule instanceof ProjectRule projectRule) {
            return new ProjectRule() {
                @Override
                public RuleInfo info() {
                    return rule.info();
                }

                @Override
                public List<RuleOption<?>> options() {
                    return rule.options();
                }

                @Override
                public void check(CodeLocation location, RuleContext context) {
                    record(rule, () -> projectRule.check(location, context));
                }
            };
        }
        return recordingElementRule((ElementRule<?>) rule);
    }

    private <T> ElementRule<T> recordingElementRule(ElementRule<T> rule) {
        return new ElementRule<>() {
            @Override
            public RuleInfo info() {
                return rule.info();
            }

            @Override
            public List<RuleOption<?>> options() {
                return rule.options();
            }

            @Override
            public Class<T> elementType() {
                return rule.elementType();
            }

            @Override
            public void check(T element, RuleContext context) {
                record(rule, () -> rule.check(element, context));
            }
        };
    }

    private void record(Rule rule, Runnable check) {
        checked.add(rule.info().code());
        try {
            check.run();
        } catch (RuntimeException | Error e) {
            failed.put(rule.info().code(), e);
            throw e;
        }
    }
}
