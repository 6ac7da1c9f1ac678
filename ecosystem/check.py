#!/usr/bin/env python3
"""The real-world check: loclint over pinned public Dagster repositories, compared with a reviewed snapshot.

    ecosystem/check.py --copies DIR [--repo OWNER/NAME ...] [--update] [--verbose]

DIR holds one copy per repository of ecosystem/repos.tsv, named OWNER+NAME: either a checkout of the pinned
commit, or a Git directory (bare, or a clone) from which that commit is exported into a temporary folder. Clone
them with `ecosystem/clone.sh DIR` (it needs the network; CI does not run any of this).

For each repository it runs loclint as users do (the ./loclint launcher, from the repository's top folder, JSON
report), prints the findings per code, and compares every finding's key (code, path:line, symbol) with
ecosystem/snapshot.tsv, the reviewed list: `+` a finding the snapshot does not have, `-` a snapshot finding no
longer reported. A reviewed key carries a verdict: `ok` (we would defend it to the repository's authors) or
`wrong` (a false positive still to fix, with the reason). --update writes the current findings into the
snapshot, keeping the verdicts and notes of keys it already had and marking new keys `unreviewed`.

The project keeps only names, commits and finding keys of these repositories, never their code.
Exit status: 0 when nothing differs from the snapshot, 1 when something does, 2 on a usage problem.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
REPOS = os.path.join(HERE, "repos.tsv")
SNAPSHOT = os.path.join(HERE, "snapshot.tsv")
LAUNCHER = os.path.join(ROOT, "loclint")


def read_repos():
    repos = []
    with open(REPOS, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, commit, why = line.rstrip("\n").split("\t", 2)
            repos.append((name, commit, why))
    return repos


def read_snapshot():
    """key -> (verdict, note); a key is 'repo<TAB>code<TAB>path:line<TAB>symbol'."""
    entries = {}
    if not os.path.exists(SNAPSHOT):
        return entries
    with open(SNAPSHOT, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            key = "\t".join(parts[:4])
            verdict = parts[4] if len(parts) > 4 else "unreviewed"
            note = parts[5] if len(parts) > 5 else ""
            entries[key] = (verdict, note)
    return entries


def write_snapshot(entries):
    with open(SNAPSHOT, "w", encoding="utf-8") as f:
        f.write("# repository\tcode\tpath:line\tsymbol\tverdict (ok | wrong | unreviewed)\tnote\n")
        for key in sorted(entries):
            verdict, note = entries[key]
            f.write(key + "\t" + verdict + ("\t" + note if note else "") + "\n")


def is_git_dir(path):
    return os.path.isfile(os.path.join(path, "HEAD")) and os.path.isdir(os.path.join(path, "objects"))


def export(git_dir, commit, into):
    """Writes the commit's tree into `into`, blob by blob, skipping blobs the copy lacks (shallow or partial
    copies may miss large files; loclint would skip most of them anyway)."""
    listing = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "-z", commit],
                             capture_output=True, check=True).stdout.split(b"\0")
    entries = []
    for item in listing:
        if not item:
            continue
        meta, path = item.split(b"\t", 1)
        mode, kind, sha = meta.split(b" ")
        if kind == b"blob" and mode != b"120000":
            entries.append((path.decode("utf-8", "surrogateescape"), sha.decode()))
    batch = subprocess.Popen(["git", "--git-dir", git_dir, "cat-file", "--batch"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE)
    for path, sha in entries:
        batch.stdin.write((sha + "\n").encode())
        batch.stdin.flush()
        header = batch.stdout.readline().split()
        if len(header) < 3 or header[1] == b"missing":
            continue
        data = batch.stdout.read(int(header[2]))
        batch.stdout.read(1)
        target = os.path.join(into, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as out:
            out.write(data)
    batch.stdin.close()
    batch.wait()


def run_loclint(folder):
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as report:
        report_path = report.name
    try:
        proc = subprocess.run([LAUNCHER, "check", "--fail-on", "never", "--format", "json", "--output",
                               report_path, "."], cwd=folder, capture_output=True, text=True)
        if proc.returncode != 0:
            return None, proc.stderr.strip()
        with open(report_path, encoding="utf-8") as f:
            return json.load(f), proc.stderr.strip()
    finally:
        os.unlink(report_path)


def key_of(repo, finding):
    symbol = (finding.get("symbol") or "").replace("\t", " ").replace("\n", " ")
    return "\t".join([repo, finding["code"], "%s:%d" % (finding["path"], finding["startLine"]), symbol])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", required=True, help="folder with one copy per repository, named OWNER+NAME")
    parser.add_argument("--repo", action="append", default=[], help="only this repository (repeatable)")
    parser.add_argument("--update", action="store_true", help="write the current findings into snapshot.tsv")
    parser.add_argument("--verbose", action="store_true", help="print every finding, not only the differences")
    args = parser.parse_args()
    if not os.path.isdir(args.copies):
        print("ecosystem/check.py: --copies %s is not a folder (clone with ecosystem/clone.sh)" % args.copies,
              file=sys.stderr)
        return 2

    snapshot = read_snapshot()
    current = {}
    messages = {}
    totals = collections.Counter()
    checked = set()
    for name, commit, _ in read_repos():
        if args.repo and name not in args.repo:
            continue
        copy = os.path.join(args.copies, name.replace("/", "+"))
        if os.path.isdir(os.path.join(copy, "repo")) and is_git_dir(os.path.join(copy, "repo")):
            copy = os.path.join(copy, "repo")
        if not os.path.isdir(copy):
            print("%-50s no copy at %s" % (name, copy))
            continue
        checked.add(name)
        with tempfile.TemporaryDirectory(prefix="loclint-eco-") as tmp:
            folder = copy
            git_dir = copy if is_git_dir(copy) else None
            if git_dir:
                folder = os.path.join(tmp, name.split("/")[1])
                os.makedirs(folder)
                export(git_dir, commit, folder)
            report, stderr = run_loclint(folder)
        if report is None:
            print("%-50s loclint failed: %s" % (name, stderr.splitlines()[-1] if stderr else "?"))
            continue
        counts = collections.Counter(f["code"] for f in report["findings"])
        totals.update(counts)
        print("%-50s %4d  %s" % (name, sum(counts.values()),
                                  " ".join("%s %d" % (c, n) for c, n in sorted(counts.items()))))
        for line in stderr.splitlines():
            print("%-50s stderr: %s" % ("", line))
        for finding in report["findings"]:
            key = key_of(name, finding)
            # two findings of one code on one line about one symbol: number the repeats
            base, n = key, 1
            while key in current:
                n += 1
                key = base + "#%d" % n
            current[key] = finding
            messages[key] = finding["message"]

    print("%-50s %4d  %s" % ("total", sum(totals.values()),
                              " ".join("%s %d" % (c, n) for c, n in sorted(totals.items()))))
    in_scope = {k: v for k, v in snapshot.items() if k.split("\t", 1)[0] in checked}
    added = sorted(k for k in current if k not in in_scope)
    gone = sorted(k for k in in_scope if k not in current)
    verdicts = collections.Counter(in_scope[k][0] for k in current if k in in_scope)
    print("\nagainst the snapshot: %d new, %d gone; still reported: %s" % (
        len(added), len(gone), ", ".join("%s %d" % (v, n) for v, n in sorted(verdicts.items())) or "none"))
    for key in added:
        print("+ " + key.replace("\t", "  ") + "\n    " + messages[key])
    for key in gone:
        verdict, note = in_scope[key]
        print("- " + key.replace("\t", "  ") + "  [" + verdict + (": " + note if note else "") + "]")
    if args.verbose:
        for key in sorted(current):
            verdict = in_scope.get(key, ("new", ""))[0]
            print("  " + key.replace("\t", "  ") + "  [" + verdict + "]\n    " + messages[key])

    if args.update:
        kept = {k: v for k, v in snapshot.items() if k.split("\t", 1)[0] not in checked}
        for key in current:
            kept[key] = snapshot.get(key, ("unreviewed", ""))
        write_snapshot(kept)
        print("\nwrote %s (%d findings)" % (os.path.relpath(SNAPSHOT), len(kept)))
    return 1 if added or gone else 0


if __name__ == "__main__":
    sys.exit(main())
