package io.loclint.engine.model.images;

import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.ParsedFile;
import io.loclint.grammar.Span;
import io.loclint.grammar.helm.HelmAction;
import io.loclint.grammar.helm.HelmCommand;
import io.loclint.grammar.helm.HelmTemplate;
import io.loclint.grammar.helm.HelmTerm;
import io.loclint.grammar.yaml.YamlNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Images of Helm charts, traced from each {@code image:} line of a template through the {@code .Values} it reads to
 * the values file line that sets the tag, to a {@code default "..."} in the template, or to Chart.yaml's
 * {@code appVersion}; then every other {@code image:} of the values, through {@link ValuesImages}.
 */
final class HelmImages {
    private static final Pattern IMAGE_LINE = Pattern.compile("^\\s*(?:-\\s+)?image:\\s*(.*)$");

    private HelmImages() {
    }

    private record Chart(String directory, ParsedFile chartYaml, List<ParsedFile> templates, List<ParsedFile> values) {}

    static void collect(List<ParsedFile> files, List<ImageReference> out) {
        Set<String> traced = new HashSet<>();
        Map<String, Chart> charts = new LinkedHashMap<>();
        for (ParsedFile file : files) {
            if (file.path().equals("Chart.yaml") || file.path().endsWith("/Chart.yaml")) {
                String dir = parent(file.path());
                charts.put(dir, new Chart(dir, file, new ArrayList<>(), new ArrayList<>()));
            }
        }
        for (ParsedFile file : files) {
            if (file.kind() == FileKind.HELM_TEMPLATE) {
                Chart chart = charts.get(chartOfTemplate(file.path()));
                if (chart != null) {
                    chart.templates().add(file);
                }
            } else if (isValuesFile(file)) {
                Chart chart = charts.get(parent(file.path()));
                if (chart != null) {
                    chart.values().add(file);
                }
            }
        }
        for (Chart chart : charts.values()) {
            for (ParsedFile template : chart.templates()) {
                HelmTemplate facts = template.facts(HelmTemplate.class);
                if (facts != null) {
                    for (int line = 1; line <= facts.lineCount(); line++) {
                        Matcher m = IMAGE_LINE.matcher(facts.textOutsideActionsAndComments(line));
                        if (m.matches()) {
                            imageLine(chart, template, facts, line, m.group(1), traced, out);
                        }
                    }
                }
            }
        }
        ValuesImages.collect(files, traced, out);
    }

    /**
     * {@code values*.yaml}, {@code *-values.yaml} or {@code *_values.yaml} (the {@code helm_values.yaml} a Terraform
     * {@code helm_release} reads with {@code file()}), or any YAML file in a folder named {@code values} (one file per
     * environment).
     */
    static boolean isValuesFile(ParsedFile file) {
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        boolean yamlName = name.endsWith(".yaml") || name.endsWith(".yml");
        boolean inValuesFolder = parent(file.path()).equals("values") || parent(file.path()).endsWith("/values");
        boolean suffixedName = name.endsWith("-values.yaml") || name.endsWith("_values.yaml")
                || name.endsWith("-values.yml") || name.endsWith("_values.yml");
        return file.kind() == FileKind.YAML && (name.startsWith("values")
                && (yamlName || FileKind.isJinjaValues(name)) || suffixedName || inValuesFolder && yamlName);
    }

    private static void imageLine(Chart chart, ParsedFile template, HelmTemplate facts, int line, String literal,
                                  Set<String> traced, List<ImageReference> out) {
        List<HelmAction> actions = facts.actionsOn(line);
        String literalText = literal.replace("\"", "").replace("'", "").strip();
        if (actions.isEmpty()) {
            if (!literalText.isEmpty() && !literalText.startsWith("{") && !literalText.startsWith("|")) {
                ImageName name = ImageName.parse(literalText);
                out.add(new ImageReference(template.path(), lineSpan(facts, line), literalText, name.tag(),
                        name.digest(), true, "template image"));
            }
            return;
        }
        List<HelmTerm.FieldChain> valueChains = new ArrayList<>();
        HelmTerm.StringLit defaultLiteral = null;
        boolean appVersionFallback = false;
        for (HelmAction action : actions) {
            if (action.pipeline() == null) {
                continue;
            }
            for (HelmTerm term : action.pipeline().allTerms()) {
                if (term instanceof HelmTerm.FieldChain chain && chain.readsValues()) {
                    valueChains.add(chain);
                } else if (term instanceof HelmTerm.FieldChain chain && chain.path().equals("Chart.AppVersion")) {
                    appVersionFallback = true;
                }
            }
            defaultLiteral = defaultLiteral != null ? defaultLiteral : defaultLiteral(action);
        }
        boolean wholeImage = valueChains.size() == 1 && !literalText.replaceAll("\\s", "").contains(":")
                && !lastField(valueChains.get(0)).toLowerCase().contains("tag");
        HelmTerm.FieldChain tagChain = valueChains.stream().filter(c -> lastField(c).toLowerCase().contains("tag"))
                .findFirst().orElse(null);
        String repository = wholeImage ? null : repositoryShown(chart, literalText, valueChains, tagChain);
        if (defaultLiteral != null) {
            ImageName name = ImageName.parse("x:" + defaultLiteral.value());
            out.add(new ImageReference(template.path(), defaultLiteral.span(), withTag(repository,
                    defaultLiteral.value(), "default \"" + defaultLiteral.value() + "\""), name.tag(), null, true,
                    "template default"));
        }
        if (valueChains.isEmpty()) {
            return;
        }
        if (!wholeImage && tagChain == null) {
            repositoryOnly(chart, template, facts, line, literalText, valueChains, traced, out);
            return;
        }
        tagChain = tagChain != null ? tagChain : valueChains.get(0);
        List<String> path = tagChain.fields().subList(1, tagChain.fields().size());
        // values.yaml is what every release starts from; values-*.yaml only override it
        boolean setInBase = false;
        for (ParsedFile values : chart.values()) {
            traced.add(values.path() + "#" + String.join(".", path));
            YamlNode node = lookup(values, path);
            if (!(node instanceof YamlNode.Scalar scalar)) {
                continue;
            }
            String value = scalar.value();
            boolean empty = value == null || value.isEmpty() || scalar.tag().endsWith(":null");
            if (empty) {
                if (defaultLiteral == null && !appVersionFallback) {
                    out.add(new ImageReference(values.path(), scalar.span(), repository != null ? repository
                            : String.join(".", path) + ": \"\"", "", null, true, "values key " + String.join(".", path)));
                }
                continue;
            }
            setInBase |= isBaseValues(values);
            if (wholeImage) {
                ImageName name = ImageName.parse(value);
                out.add(new ImageReference(values.path(), scalar.span(), value, name.tag(), name.digest(), true,
                        "values key " + String.join(".", path)));
            } else {
                ImageName name = ImageName.parse("x:" + value);
                out.add(new ImageReference(values.path(), scalar.span(), withTag(repository, value, value), name.tag(),
                        name.digest(), true, "values key " + String.join(".", path)));
            }
        }
        if (!setInBase && defaultLiteral == null) {
            if (appVersionFallback) {
                appVersion(chart, repository, out);
            } else if (chart.values().stream().noneMatch(v -> lookup(v, path) != null)) {
                out.add(new ImageReference(template.path(), tagChain.span(), "." + tagChain.path(), "", null, true,
                        "template reads ." + tagChain.path() + ", which no values file sets"));
            }
        }
    }

    /**
     * {@code "{{ .Values.image.repository }}:{{ include "app.version" . }}"} or {@code ...:1.2.3}: the values give
     * only the repository, the tag comes from the template, written or from a helper. A repository that carries its
     * own tag still counts; a tag written on the line counts where it is written.
     */
    private static void repositoryOnly(Chart chart, ParsedFile template, HelmTemplate facts, int line,
                                       String literalText, List<HelmTerm.FieldChain> valueChains, Set<String> traced,
                                       List<ImageReference> out) {
        int colon = literalText.lastIndexOf(':');
        String writtenTag = colon < 0 ? "" : literalText.substring(colon + 1).strip();
        if (writtenTag.matches("\\w[\\w.-]*")) {
            out.add(new ImageReference(template.path(), lineSpan(facts, line),
                    "<." + valueChains.get(0).path() + ">:" + writtenTag, writtenTag, null, true, "template image"));
        }
        for (HelmTerm.FieldChain chain : valueChains) {
            List<String> path = chain.fields().subList(1, chain.fields().size());
            for (ParsedFile values : chart.values()) {
                traced.add(values.path() + "#" + String.join(".", path));
                if (lookup(values, path) instanceof YamlNode.Scalar scalar && scalar.value() != null
                        && !ImageName.unresolved(scalar.value())) {
                    ImageName name = ImageName.parse(scalar.value());
                    if (name.tag() != null || name.digest() != null) {
                        out.add(new ImageReference(values.path(), scalar.span(), scalar.value(), name.tag(),
                                name.digest(), true, "values key " + String.join(".", path)));
                    }
                }
            }
        }
    }

    /**
     * The repository a line pairs with a tag from elsewhere, so a message names the image as {@code repository:tag}:
     * the text written before the tag ({@code registry/app:{{ .Values.tag }}}), else the value the line's other values
     * reference has in a values file, else that reference as a placeholder ({@code <.Values.image.repository>});
     * null when the line names nothing but the tag.
     */
    private static String repositoryShown(Chart chart, String literalText, List<HelmTerm.FieldChain> valueChains,
                                          HelmTerm.FieldChain tagChain) {
        int colon = literalText.lastIndexOf(':');
        String written = colon < 0 ? "" : literalText.substring(0, colon).strip();
        if (!written.isEmpty()) {
            return written;
        }
        HelmTerm.FieldChain chain = valueChains.stream().filter(c -> c != tagChain).findFirst().orElse(null);
        if (chain == null) {
            return null;
        }
        List<String> path = chain.fields().subList(1, chain.fields().size());
        // values.yaml first: what every release starts from
        List<ParsedFile> baseFirst = chart.values().stream()
                .sorted(Comparator.comparing((ParsedFile values) -> !isBaseValues(values))).toList();
        for (ParsedFile values : baseFirst) {
            if (lookup(values, path) instanceof YamlNode.Scalar scalar && scalar.value() != null
                    && !scalar.value().isBlank() && !ImageName.unresolved(scalar.value())) {
                return scalar.value();
            }
        }
        return "<." + chain.path() + ">";
    }

    /** {@code repository:tag}, or {@code otherwise} when the repository is unknown. */
    private static String withTag(String repository, String tag, String otherwise) {
        return repository == null ? otherwise : repository + ":" + tag;
    }

    /** {@code default "x" ...} as a command, or {@code ... | default "x"} in a pipeline. */
    private static HelmTerm.StringLit defaultLiteral(HelmAction action) {
        for (HelmCommand command : action.pipeline().commands()) {
            if ("default".equals(command.function()) && command.terms().size() >= 2
                    && command.terms().get(1) instanceof HelmTerm.StringLit literal) {
                return literal;
            }
        }
        for (HelmTerm term : action.pipeline().allTerms()) {
            if (term instanceof HelmTerm.SubPipeline sub) {
                for (HelmCommand command : sub.pipeline().commands()) {
                    if ("default".equals(command.function()) && command.terms().size() >= 2
                            && command.terms().get(1) instanceof HelmTerm.StringLit literal) {
                        return literal;
                    }
                }
            }
        }
        return null;
    }

    private static void appVersion(Chart chart, String repository, List<ImageReference> out) {
        if (chart.chartYaml().yaml() == null) {
            return;
        }
        for (YamlNode document : chart.chartYaml().yaml().documents()) {
            if (document instanceof YamlNode.Mapping map && map.get("appVersion") instanceof YamlNode.Scalar scalar) {
                String value = scalar.value();
                out.add(new ImageReference(chart.chartYaml().path(), scalar.span(),
                        withTag(repository, value, "appVersion " + value),
                        value.isEmpty() ? "" : value, null, true, "Chart.yaml appVersion"));
                return;
            }
        }
    }

    static boolean isBaseValues(ParsedFile values) {
        return values.path().endsWith("values.yaml") && !values.path().endsWith("-values.yaml")
                || values.path().endsWith("values.yml") && !values.path().endsWith("-values.yml");
    }

    static YamlNode lookup(ParsedFile values, List<String> path) {
        if (values.yaml() == null) {
            return null;
        }
        for (YamlNode document : values.yaml().documents()) {
            YamlNode node = document;
            for (String key : path) {
                node = node instanceof YamlNode.Mapping map ? map.get(key) : null;
            }
            if (node != null) {
                return node;
            }
        }
        return null;
    }

    private static String lastField(HelmTerm.FieldChain chain) {
        return chain.fields().isEmpty() ? "" : chain.fields().get(chain.fields().size() - 1);
    }

    private static Span lineSpan(HelmTemplate facts, int line) {
        String text = facts.textOutsideActionsAndComments(line);
        int start = text.indexOf("image:");
        return new Span(line, start + 1, line, text.length() + 1);
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** {@code chart/templates/sub/x.yaml} belongs to {@code chart}. */
    private static String chartOfTemplate(String path) {
        int at = path.startsWith("templates/") ? 0 : path.lastIndexOf("/templates/");
        return at <= 0 ? "" : path.substring(0, at);
    }
}
