#!/usr/bin/env python3
"""Prints `distribution<TAB>module` for each top-level module of each Python distribution in the .deb files of a
folder, for the distributions whose modules are not just their own normalised name. Used by generate.sh; reads each
.deb's file system archive once (dpkg-deb --fsys-tarfile) and unpacks nothing to disk."""
import os
import re
import subprocess
import sys
import tarfile

# Top-level names some distributions install by mistake, and Debian's own patch module in its setuptools: no import
# of these means the distribution.
NOT_MODULES = {"tests", "test", "testing", "docs", "doc", "examples", "example", "benchmarks", "scripts", "build",
               "debian"}
SITE = re.compile(r"^\.?/?usr/lib/python3(?:\.\d+)?/dist-packages/(.+)$")
INFO = re.compile(r"^([^/]+\.(?:dist|egg)-info)/(METADATA|PKG-INFO|top_level\.txt|RECORD)$")


def normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def module_of(entry):
    """The import name of a dist-packages entry: a package folder or a module file; None for anything else."""
    if entry.endswith((".dist-info", ".egg-info", ".pth", ".data")) or entry == "__pycache__":
        return None
    if entry.endswith(".py"):
        return entry[:-3]
    if entry.endswith(".so"):
        return entry.split(".", 1)[0]
    if "." in entry:
        return None
    return entry


def read(deb):
    """(top-level entries of dist-packages, {info dir: {file name: text}})"""
    entries = set()
    infos = {}
    tar_stream = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", deb], stdout=subprocess.PIPE)
    with tarfile.open(fileobj=tar_stream.stdout, mode="r|") as tar:
        for member in tar:
            m = SITE.match(member.name)
            if not m:
                continue
            inside = m.group(1)
            entries.add(inside.split("/", 1)[0])
            info = INFO.match(inside)
            if info and member.isfile():
                text = tar.extractfile(member).read().decode("utf-8", "replace")
                infos.setdefault(info.group(1), {})[info.group(2)] = text
            elif inside.endswith(("-info", "-info/")) and "/" not in inside.rstrip("/"):
                infos.setdefault(inside.rstrip("/"), {})
    tar_stream.wait()
    return entries, infos


def distribution_name(info, files):
    for meta in ("METADATA", "PKG-INFO"):
        for line in files.get(meta, "").splitlines():
            if line.startswith("Name:"):
                return normalise(line[5:].strip())
            if not line.strip():
                break
    return normalise(info.rsplit(".", 1)[0].split("-", 1)[0])


def modules_of(files, entries, only_distribution):
    if "top_level.txt" in files:
        return {line.strip().split("/", 1)[0] for line in files["top_level.txt"].splitlines() if line.strip()}
    if "RECORD" in files:
        found = set()
        for line in files["RECORD"].splitlines():
            first = line.split(",", 1)[0].split("/", 1)[0]
            name = module_of(first) if first and not first.startswith("..") else None
            if name:
                found.add(name)
        return found
    if only_distribution:
        return {m for m in map(module_of, entries) if m}
    return set()


def main(folder):
    for deb in sorted(os.listdir(folder)):
        if not deb.endswith(".deb"):
            continue
        entries, infos = read(os.path.join(folder, deb))
        for info, files in sorted(infos.items()):
            dist = distribution_name(info, files)
            modules = modules_of(files, entries, len(infos) == 1)
            modules = {m for m in modules if m not in NOT_MODULES and m.isidentifier()}
            if modules and modules != {dist.replace("-", "_")}:
                for module in sorted(modules):
                    print(dist + "\t" + module)


if __name__ == "__main__":
    main(sys.argv[1])
