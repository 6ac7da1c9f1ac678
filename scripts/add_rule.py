#!/usr/bin/env python3
"""Scaffolds a new rule: its class, its page under docs/rules/, a fixture under testdata/ and its README row.

    scripts/add_rule.py --code NAM005 --name asset-name-too-long --severity warning --guide 2.4 \
        --summary "An asset name is longer than the guide allows." --looks-at definition

The class reports nothing yet and the fixture holds one `# expect: CODE` marker, so the fixture harness fails
until the rule reports that line: write the check, then replace the marker's line with real offending code and
add the clean cases. The family tag is the one the other rules with the same code prefix carry (--family for a new
prefix). Writes nothing when any of the files exists already.
"""
import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
RULES = ROOT / "rules/src/main/java/io/loclint/rules"

# what the rule looks at: (element type, its import, the check's parameter); None for a whole-location rule
LOOKS_AT = {
    "definition": ("DagsterDefinition", "io.loclint.engine.model.DagsterDefinition", "definition"),
    "file": ("ParsedFile", "io.loclint.engine.model.ParsedFile", "file"),
    "location": ("CodeLocation", "io.loclint.engine.model.CodeLocation", "location"),
    "image": ("ImageReference", "io.loclint.engine.model.images.ImageReference", "image"),
    "project": None,
}


def class_name(rule_name):
    return "".join(part.capitalize() for part in rule_name.split("-"))


def family_of(prefix):
    """The first tag of an existing rule with this code prefix, or None."""
    for source in sorted(RULES.glob("*.java")):
        text = source.read_text(encoding="utf-8")
        if re.search(r'@RuleInfo\(code = "%s[0-9]{3}"' % prefix, text):
            tags = re.search(r'tags = (?:\{\s*)?"([a-z-]+)"', text)
            if tags:
                return tags.group(1)
    return None


def java_string(text):
    return text.replace("\\", "\\\\").replace('"', '\\"')


def rule_class(args, family):
    looks_at = LOOKS_AT[args.looks_at]
    imports = ["io.loclint.engine.result.Severity", "io.loclint.engine.rule.RuleContext",
               "io.loclint.engine.rule.RuleInfo"]
    if looks_at is None:
        imports += ["io.loclint.engine.model.CodeLocation", "io.loclint.engine.rule.ProjectRule"]
        header = "public final class %s implements ProjectRule {" % class_name(args.name)
        body = """    @Override
    public void check(CodeLocation location, RuleContext context) {
        // the fixture's "# expect: %s" marker fails the build until this reports it
    }""" % args.code
    else:
        element, element_import, parameter = looks_at
        imports += [element_import, "io.loclint.engine.rule.ElementRule"]
        header = "public final class %s implements ElementRule<%s> {" % (class_name(args.name), element)
        body = """    @Override
    public Class<%s> elementType() {
        return %s.class;
    }

    @Override
    public void check(%s %s, RuleContext context) {
        // the fixture's "# expect: %s" marker fails the build until this reports it
    }""" % (element, element, element, parameter, args.code)
    return """package io.loclint.rules;

%s

@RuleInfo(code = "%s", name = "%s", severity = Severity.%s, guide = "%s",
        summary = "%s",
        tags = "%s")
%s
%s
}
""" % ("\n".join("import %s;" % i for i in sorted(imports)), args.code, args.name, args.severity.upper(),
       args.guide, java_string(args.summary), family, header, body)


def rule_page(args):
    return """# {code} {name}

Severity: {severity} · Guide: {guide}

## What it does
{summary} (Say exactly what is reported, where the finding sits and what its message names.)

## Why it matters
(Quote the workflow guide, section {guide}, and say what goes wrong without the rule.)

## Example
```python
```

## Use instead
```python
```

## Options
None.
""".format(code=args.code, name=args.name, severity=args.severity, guide=args.guide, summary=args.summary)


def fixture(args):
    package = args.name.replace("-", "_") + "_fixture"
    folder = ROOT / "testdata" / args.name
    return folder, {
        folder / "pyproject.toml": '[project]\nname = "%s"\nversion = "1.0.0"\ndependencies = ["dagster==1.8.13"]\n'
                                   % package.replace("_", "-"),
        folder / "src" / package / "__init__.py": "",
        folder / "src" / package / "definitions.py":
            "import dagster as dg\n\n"
            "# replace this line with code the rule must report, keeping the marker on it\n"
            "offending = None  # expect: %s\n\n"
            "defs = dg.Definitions()\n" % args.code,
    }


def readme_with_row(args):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    row = "| [{0}](docs/rules/{0}.md) | {1} | {2} |".format(args.code, args.severity, args.summary)
    rows = re.findall(r"^\| \[([A-Z]{3}[0-9]{3})\]\(docs/rules/\1\.md\) \|.*$", readme, re.M)
    lines = readme.split("\n")
    table = [i for i, line in enumerate(lines) if re.match(r"^\| \[[A-Z]{3}[0-9]{3}\]\(docs/rules/", line)]
    if not table:
        sys.exit("add_rule: README.md has no rule table")
    at = next((i for i, code in zip(table, rows) if code > args.code), table[-1] + 1)
    lines.insert(at, row)
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", required=True, help="e.g. NAM005: three capitals and three digits")
    parser.add_argument("--name", required=True, help="kebab-case, e.g. asset-name-too-long")
    parser.add_argument("--severity", required=True, choices=["error", "warning", "note"])
    parser.add_argument("--guide", required=True, help='the workflow guide section, e.g. "2.4"')
    parser.add_argument("--summary", required=True, help="one sentence, ending in a full stop")
    parser.add_argument("--looks-at", required=True, choices=sorted(LOOKS_AT),
                        help="one element at a time (definition, file, location, image) or a whole location")
    parser.add_argument("--family", help="the family tag, for a code prefix no rule has yet")
    args = parser.parse_args()
    if not re.fullmatch(r"[A-Z]{3}[0-9]{3}", args.code):
        sys.exit("add_rule: --code must be three capitals and three digits, e.g. NAM005")
    if not re.fullmatch(r"[a-z]+(-[a-z0-9]+)*", args.name):
        sys.exit("add_rule: --name must be kebab-case, e.g. asset-name-too-long")
    if not args.summary.endswith("."):
        sys.exit("add_rule: --summary is one sentence ending in a full stop")
    family = args.family or family_of(args.code[:3])
    if family is None:
        sys.exit("add_rule: no rule has the prefix %s yet; give its family tag with --family" % args.code[:3])
    if ("](docs/rules/%s.md)" % args.code) in (ROOT / "README.md").read_text(encoding="utf-8"):
        sys.exit("add_rule: README.md already lists %s" % args.code)

    folder, fixture_files = fixture(args)
    files = {RULES / (class_name(args.name) + ".java"): rule_class(args, family),
             ROOT / "docs/rules" / (args.code + ".md"): rule_page(args)}
    files.update(fixture_files)
    existing = [str(p.relative_to(ROOT)) for p in list(files) + [folder] if p.exists()]
    if existing:
        sys.exit("add_rule: already there, nothing written: " + ", ".join(existing))
    readme = readme_with_row(args)
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print("wrote", path.relative_to(ROOT))
    (ROOT / "README.md").write_text(readme, encoding="utf-8")
    print("added %s to the rule table in README.md" % args.code)


if __name__ == "__main__":
    main()
