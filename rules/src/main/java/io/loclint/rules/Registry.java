package io.loclint.rules;

import io.loclint.engine.result.RuleMeta;
import io.loclint.engine.rule.Rule;

import java.util.Comparator;
import java.util.List;

/** Every rule, one line each, sorted by code. A contract test checks it against the catalog. */
public final class Registry {
    private static final List<Rule> RULES = List.<Rule>of(
            new UndefinedRegistration(),
            new UnregisteredJob(),
            new DanglingOp(),
            new DuplicateRegistration(),
            new MovingGitDependency(),
            new UndeclaredDependency(),
            new LatestImageTag(),
            new UntaggedImage(),
            new UnversionedDeployTag(),
            new MissingEntryPoint(),
            new JobNameNotSnakeCase(),
            new OpNameNotSnakeCase(),
            new ScheduleNameNotSnakeCase(),
            new PlaceholderLocationName(),
            new UnparsableFile(),
            new ScheduleTargetMissing(),
            new SensorTargetMissing(),
            new OrphanedSchedule(),
            new HardcodedCredential(),
            new CredentialInConfiguration(),
            new WiringDoesWork(),
            new OpTooLong(),
            new UselessSuppression(),
            new DanglingTestReference(),
            new UntestedJob(),
            new MalformedVersionTag(),
            new SupersededVersionRegistered(),
            new SupersededVersionTargeted()
    ).stream().sorted(Comparator.comparing(r -> r.info().code())).toList();

    private Registry() {
    }

    public static List<Rule> rules() {
        return RULES;
    }

    /** The rules' descriptions, read from their pages once per process (a check and its warm-up both ask). */
    public static List<RuleMeta> metas() {
        return Metas.ALL;
    }

    private static final class Metas {
        static final List<RuleMeta> ALL = RULES.stream().map(r -> RuleDocs.meta(r.info())).toList();
    }

    public static Rule byCode(String code) {
        return RULES.stream().filter(r -> r.info().code().equalsIgnoreCase(code)).findFirst().orElse(null);
    }
}
