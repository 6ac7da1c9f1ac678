package io.loclint.grammar.yaml;

import io.loclint.grammar.ParseCancelled;
import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.Span;
import io.loclint.grammar.TokenPositions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * YAML through SnakeYAML's composer with a bounded loader: alias bombs, deep nesting and huge scalars become a
 * parse problem instead of exhausting memory or the stack. Nodes are converted without recursion.
 */
public final class YamlFrontEnd {
    static final int MAX_ALIASES = 100;
    static final int MAX_DEPTH = 200;
    static final int MAX_CODE_POINTS = 16 * 1024 * 1024;
    /**
     * Nodes a document may hold once aliases are expanded: shared subtrees are converted once, but a rule walking
     * the tree visits them every time, so a billion-laughs document must stop here.
     */
    static final long MAX_EXPANDED_NODES = 1_000_000;
    /**
     * Nodes a file may hold as written. SnakeYAML composes a whole document before handing it over, at about 400
     * bytes a node until it is converted: a 5 MB list of small mappings (800,000 nodes) ran a 256 MB heap out. At
     * this cap a file costs some 80 MB at its peak, and the largest real files (a CRD, an OpenAPI document of
     * tens of thousands of lines) stay well below it.
     */
    static final long MAX_NODES = 200_000;
    /** How a file over {@link #MAX_NODES} is reported: a bounded refusal, not a syntax error. */
    public static final String TOO_LARGE = "too large to analyse (more than " + MAX_NODES + " YAML nodes)";

    private YamlFrontEnd() {
    }

    public static YamlDocuments parse(String source) {
        return new YamlFrontEnd.Parse(source).run();
    }

    /**
     * One parse. Positions come from SnakeYAML's code-point index, not its line counter: YAML also breaks lines at
     * NEL, LS and PS, which no editor or other front-end counts, so lines are recounted at '\n' only.
     */
    private static final class Parse {
        private final String source;
        private final TokenPositions positions;

        Parse(String source) {
            this.source = source;
            this.positions = new TokenPositions(source);
        }

        YamlDocuments run() {
            return YamlFrontEnd.parse(source, this);
        }

        Span spanOf(Mark mark) {
            return mark == null ? Span.point(1, 1) : positions.span(mark.getIndex(), mark.getIndex());
        }

        Span spanOf(Node node) {
            Mark start = node.getStartMark();
            Mark end = node.getEndMark();
            if (start == null) {
                return Span.point(1, 1);
            }
            return end == null ? spanOf(start) : positions.span(start.getIndex(), Math.max(start.getIndex(), end.getIndex()));
        }
    }

    private static YamlDocuments parse(String source, Parse parse) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(true);
        options.setAllowRecursiveKeys(false);
        // only nodes are composed, nothing is constructed, so a tag (`!!python/name:...`, `!Ref`) is inert text
        options.setTagInspector(tag -> true);
        Composer composer = new Composer(new BoundedEvents(new ParserImpl(new StreamReader(new StringReader(source)),
                options)), new Resolver(), options);
        List<YamlNode> documents = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        try {
            while (composer.checkNode()) {
                Node node = composer.getNode();
                if (node != null) {
                    documents.add(convert(node, parse));
                }
            }
        } catch (TooLarge e) {
            problems.add(new ParseProblem(parse.spanOf(e.mark), TOO_LARGE));
        } catch (MarkedYAMLException e) {
            problems.add(new ParseProblem(parse.spanOf(e.getProblemMark()), "invalid YAML: " + describe(e)));
        } catch (YAMLException | IllegalStateException e) {
            problems.add(new ParseProblem(Span.point(1, 1), "invalid YAML: " + kind(e.getMessage())));
        } catch (StackOverflowError e) {
            problems.add(new ParseProblem(Span.point(1, 1), "invalid YAML: nesting too deep"));
        }
        return new YamlDocuments(documents, problems);
    }

    /** Whether a problem is the refusal of a file over {@link #MAX_NODES}, not a syntax error. */
    public static boolean isTooLarge(ParseProblem problem) {
        return TOO_LARGE.equals(problem.message());
    }

    private static final class TooLarge extends RuntimeException {
        private final transient Mark mark;

        TooLarge(Mark mark) {
            super(TOO_LARGE, null, false, false);
            this.mark = mark;
        }
    }

    /**
     * SnakeYAML's events, counted and cancellable: the cap holds while a document is composed, before its nodes
     * exist, and a parse whose time is up (its thread interrupted) stops at the next event instead of running on.
     */
    private static final class BoundedEvents implements Parser {
        private final Parser events;
        private long nodes;

        BoundedEvents(Parser events) {
            this.events = events;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return events.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return events.peekEvent();
        }

        @Override
        public Event getEvent() {
            ParseCancelled.checkInterrupted();
            Event event = events.getEvent();
            if (event instanceof NodeEvent && ++nodes > MAX_NODES) {
                throw new TooLarge(event.getStartMark());
            }
            return event;
        }
    }

    /**
     * SnakeYAML's problems, by a phrase each contains, as the kind of error loclint names. SnakeYAML quotes the
     * input (an undefined alias {@code *SomeSecretWord}, a tag, an escape, a character), so a parse error names its
     * position and one of these kinds only; the first phrase found wins.
     */
    private static final List<Map.Entry<String, String>> KINDS = List.of(
            Map.entry("exceed", "a document too large"),
            Map.entry("recursive", "a recursive alias"),
            Map.entry("undefined alias", "an undefined alias"),
            Map.entry("tag handle", "an undefined tag handle"),
            Map.entry("tag", "an invalid tag"),
            Map.entry("anchor", "an invalid anchor"),
            Map.entry("alias", "an invalid alias"),
            Map.entry("escape", "an unknown escape character"),
            Map.entry("cannot start any token", "a character that cannot start any token"),
            Map.entry("mapping values are not allowed", "a mapping value where none is allowed"),
            Map.entry("could not find expected ':'", "a missing ':'"),
            Map.entry("end of stream", "an unexpected end of the file"),
            Map.entry("tab", "a tab where indentation is expected"),
            Map.entry("did not find expected key", "a missing key"),
            Map.entry("did not find expected '-'", "a missing '-'"),
            Map.entry("sequence entries are not allowed", "a sequence entry where none is allowed"),
            Map.entry("expected <block end>", "bad indentation"),
            Map.entry("expected ',' or ']'", "an unclosed '['"),
            Map.entry("expected ',' or '}'", "an unclosed '{'"),
            Map.entry("duplicate", "a duplicate key or anchor"),
            Map.entry("directive", "an invalid directive"),
            Map.entry("document", "an invalid document marker"),
            Map.entry("special characters are not allowed", "a character YAML does not allow"));

    private static String describe(MarkedYAMLException e) {
        return kind(e.getProblem() != null ? e.getProblem() : e.getMessage());
    }

    /** The kind of a SnakeYAML error message, never its quoted input. */
    static String kind(String snakeYamlMessage) {
        if (snakeYamlMessage == null) {
            return "unreadable input";
        }
        String lower = snakeYamlMessage.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> kind : KINDS) {
            if (lower.contains(kind.getKey())) {
                return kind.getValue();
            }
        }
        return "a syntax error";
    }


    /** Iterative post-order conversion; a node reached twice through aliases is converted once. */
    private static YamlNode convert(Node root, Parse parse) {
        Map<Node, YamlNode> done = new IdentityHashMap<>();
        Map<Node, Long> expandedSize = new IdentityHashMap<>();
        // nodes whose children are being converted: the ancestors of whatever is on top of the stack
        Map<Node, Boolean> onPath = new IdentityHashMap<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            ParseCancelled.checkInterrupted();
            Node node = stack.peek();
            if (done.containsKey(node)) {
                stack.pop();
                continue;
            }
            List<Node> children = children(node);
            boolean ready = true;
            for (Node child : children) {
                if (!done.containsKey(child)) {
                    if (onPath.containsKey(child)) {
                        // `&a [*a]`: a recursive structure has no tree form, and walking it would never end
                        throw new YAMLException("an alias refers to a node that contains it (a recursive structure)");
                    }
                    stack.push(child);
                    ready = false;
                }
            }
            if (!ready) {
                onPath.put(node, Boolean.TRUE);
                continue;
            }
            onPath.remove(node);
            stack.pop();
            long size = 1;
            for (Node child : children) {
                size += expandedSize.get(child);
            }
            if (size > MAX_EXPANDED_NODES) {
                throw new YAMLException("aliases expand the document to more than " + MAX_EXPANDED_NODES + " nodes");
            }
            expandedSize.put(node, size);
            done.put(node, build(node, done, parse));
        }
        return done.get(root);
    }

    private static List<Node> children(Node node) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        if (node instanceof MappingNode map) {
            List<Node> out = new ArrayList<>(map.getValue().size() * 2);
            for (NodeTuple t : map.getValue()) {
                out.add(t.getKeyNode());
                out.add(t.getValueNode());
            }
            return out;
        }
        return List.of();
    }

    private static YamlNode build(Node node, Map<Node, YamlNode> done, Parse parse) {
        Span span = parse.spanOf(node);
        if (node instanceof ScalarNode s) {
            boolean quoted = s.getScalarStyle() != null && s.getScalarStyle().getChar() != null
                    && (s.getScalarStyle().getChar() == '"' || s.getScalarStyle().getChar() == '\'');
            return new YamlNode.Scalar(s.getValue(), quoted, s.getTag().getValue(), span);
        }
        if (node instanceof SequenceNode seq) {
            List<YamlNode> items = new ArrayList<>(seq.getValue().size());
            for (Node child : seq.getValue()) {
                items.add(done.get(child));
            }
            return new YamlNode.Sequence(items, span);
        }
        MappingNode map = (MappingNode) node;
        List<YamlNode.Entry> entries = new ArrayList<>(map.getValue().size());
        for (NodeTuple t : map.getValue()) {
            entries.add(new YamlNode.Entry(done.get(t.getKeyNode()), done.get(t.getValueNode())));
        }
        return new YamlNode.Mapping(entries, span);
    }
}
