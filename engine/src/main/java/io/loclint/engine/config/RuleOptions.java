package io.loclint.engine.config;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The configured values of rule options, read from {@code [tool.loclint.options]} (or {@code [options]} in
 * loclint.toml) by {@link ConfigLoader}; an option that is not configured has its declared default.
 */
public final class RuleOptions {
    private static final RuleOptions DEFAULTS = new RuleOptions(Map.of());

    private final Map<RuleOption<?>, Object> configured;

    private RuleOptions(Map<RuleOption<?>, Object> configured) {
        this.configured = configured;
    }

    public static RuleOptions defaults() {
        return DEFAULTS;
    }

    /** @param configured values already read by each option's own type */
    static RuleOptions of(Map<RuleOption<?>, Object> configured) {
        return configured.isEmpty() ? DEFAULTS : new RuleOptions(new IdentityHashMap<>(configured));
    }

    @SuppressWarnings("unchecked")
    public <T> T get(RuleOption<T> option) {
        Object value = configured.get(option);
        return value != null ? (T) value : option.defaultValue();
    }
}
