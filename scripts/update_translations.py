"""Regenerate the translations from the sources with PySide6's own tools, or check them.

    .venv/bin/python scripts/update_translations.py           # update .ts, compile .qm
    .venv/bin/python scripts/update_translations.py --check   # exit 1 and list what is missing

``pyside6-lupdate`` reads every module of ``desktop_app`` (``self.tr``, ``translate``,
``QT_TRANSLATE_NOOP`` and the core's ``Msg(context, text)`` markers) into
``resources/i18n/seller_desk_{de,zh_CN}.ts``, keeping every translation already there and
dropping the strings no source uses any more; ``seller_desk_en.ts`` holds only the English
plural forms ("%n order(s)": "1 order", "2 orders"). ``pyside6-lrelease`` then compiles each
``.ts`` into its ``.qm``. New strings arrive marked unfinished: translate them (Qt Linguist,
``pyside6-linguist``, or the XML by hand), run the script again, and commit the four files.

``--check`` changes nothing: it runs lupdate over temporary copies and lists, per language, the
strings that are new, unfinished or no longer used, and any ``.qm`` that does not match its
``.ts`` (tests/ui/test_translations.py runs it).
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "desktop_app"
I18N = ROOT / "resources" / "i18n"
CATALOGUE = "seller_desk"
LANGUAGES = ("de", "zh_CN")  # full translations
PLURALS_ONLY = "en"  # the source language's plural forms
# the core's Qt-free marker: Msg("Policy", "...") is read as QT_TRANSLATE_NOOP("Policy", "...")
ALIASES = "QT_TRANSLATE_NOOP+=Msg"


@dataclass(frozen=True)
class Problem:
    language: str
    kind: str  # "missing" (new or unfinished), "unused", "stale .qm"
    context: str
    source: str

    def __str__(self) -> str:
        return f"{self.language}: {self.kind}: [{self.context}] {self.source!r}"


def tool(name: str) -> str:
    """A PySide6 tool from this interpreter's environment (the venv's bin), else from PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"{CATALOGUE}_{language}.ts"


def lupdate(ts: Path, language: str, *, keep_unused: bool = False) -> None:
    args = [
        tool("pyside6-lupdate"),
        "-silent",
        "-locations",
        "none",  # no line numbers: the .ts changes only when the words do
        "-tr-function-alias",
        ALIASES,
        "-source-language",
        "en",
        "-target-language",
        language,
    ]
    if language == PLURALS_ONLY:
        args.append("-pluralonly")
    if not keep_unused:
        args.append("-no-obsolete")
    subprocess.run([*args, *sources(), "-ts", str(ts)], check=True, capture_output=True)


PLURAL_FORMS = {"en": 2, "de": 2, "zh_CN": 1}


def numerus_calls() -> list[tuple[str, str]]:
    """(context, source) of each ``QCoreApplication.translate(context, source, "", n)`` with
    literal words. pyside6-lupdate 6.12 files them as plurals; 6.11 files them as singular or
    misses them (a count that is an expression), so the script puts them right itself."""
    found: dict[tuple[str, str], None] = {}
    for path in sources():
        for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and len(node.args) >= 4
            ):
                continue
            context, source = node.args[0], node.args[1]
            if isinstance(context, ast.Constant) and isinstance(source, ast.Constant):
                found[(str(context.value), str(source.value))] = None
    return list(found)


def plural_translations(ts: Path) -> dict[tuple[str, str], list[str]]:
    """The finished plural forms in a .ts file, by (context, source)."""
    forms: dict[tuple[str, str], list[str]] = {}
    if not ts.exists():
        return forms
    for context, source, translation in messages(ts):
        texts = [f.text or "" for f in translation.iter("numerusform")]
        if texts and all(texts) and translation.get("type") is None:
            forms[(context, source)] = texts
    return forms


def repair_plurals(ts: Path, language: str, known: dict[tuple[str, str], list[str]]) -> None:
    """Make every ``translate(..., n)`` message a plural one, with the forms ``known`` (from
    the .ts as it was before lupdate) or unfinished ones; a no-op after lupdate 6.12."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    changed = False
    for context_name, source in numerus_calls():
        context = contexts.get(context_name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
            contexts[context_name] = context
        same = [m for m in context.findall("message") if m.findtext("source") == source]
        if (
            len(same) == 1
            and same[0].get("numerus") == "yes"
            and plural_translations_of(same[0]) == known.get((context_name, source))
        ):
            continue  # lupdate filed it as a plural, with the forms it had: nothing to do
        place = list(context).index(same[0]) if same else len(context)
        for message in same:
            context.remove(message)
        message = ET.Element("message", numerus="yes")
        context.insert(place, message)  # where lupdate filed it: the source's order
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        forms = known.get((context_name, source))
        if forms is None:
            translation.set("type", "unfinished")
            forms = [""] * PLURAL_FORMS.get(language, 2)
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
        changed = True
    if changed:
        write_ts(tree, ts)


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    """Write a .ts file in lupdate's own layout (contexts at the margin, four-space indents,
    quotes escaped), so that a repair changes only the lines it repairs."""
    root = tree.getroot()
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    lines.append(f"<{root.tag}{_attributes(root)}>")
    for context in root:
        lines.extend(_element(context, 0))
    lines.append(f"</{root.tag}>")
    ts.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&apos;")
        .replace('"', "&quot;")
        .replace("\xa0", "&#xa0;")  # lupdate writes a no-break space as a reference
    )


def _attributes(element: ET.Element) -> str:
    return "".join(f' {name}="{_escape(value)}"' for name, value in element.attrib.items())


def _element(element: ET.Element, depth: int) -> list[str]:
    pad = "    " * depth
    head = f"{pad}<{element.tag}{_attributes(element)}"
    if len(element):
        lines = [head + ">"]
        for child in element:
            lines.extend(_element(child, depth + 1))
        return [*lines, f"{pad}</{element.tag}>"]
    if element.text is None:
        return [head + "/>"]
    return [f"{head}>{_escape(element.text)}</{element.tag}>"]


def plural_translations_of(message: ET.Element) -> list[str] | None:
    """A message's finished plural forms, or None (unfinished, unused)."""
    translation = message.find("translation")
    if translation is None or translation.get("type") is not None:
        return None
    return [f.text or "" for f in translation.iter("numerusform")]


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def english_plurals(source: str) -> tuple[str, str]:
    """The English forms of a "%n order(s)" string: "%n order", "%n orders" ("count(s)" is a
    verb: "1 of them counts", "2 of them count")."""
    one = source.replace("count(s)", "counts").replace("(s)", "")
    other = source.replace("count(s)", "count").replace("(s)", "s")
    return one, other


def fill_english_plurals(ts: Path) -> int:
    """Write the English plural forms of new "%n" strings (the rule above); returns how many.
    A form the rule gets wrong can be corrected in the .ts: a finished entry is kept."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        if translation.get("type") != "unfinished":
            continue
        for form in list(translation):
            translation.remove(form)
        for text in english_plurals(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type")
        filled += 1
    if filled:
        write_ts(tree, ts)
    return filled


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for language in (PLURALS_ONLY, *LANGUAGES):
        ts = ts_path(language)
        known = plural_translations(ts)
        lupdate(ts, language)
        repair_plurals(ts, language, known)
        if language == PLURALS_ONLY:
            fill_english_plurals(ts)
        lrelease(ts, ts.with_suffix(".qm"))
    for problem in check():
        print(problem)


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def unfinished(translation: ET.Element, numerus: bool) -> bool:
    if translation.get("type") is not None:  # unfinished, vanished, obsolete
        return True
    if numerus:
        forms = [f.text for f in translation.iter("numerusform")]
        return not forms or not all(forms)
    return not translation.text


def check() -> list[Problem]:
    """What lupdate would change or finds untranslated, and any .qm out of step with its .ts."""
    problems: list[Problem] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for language in (PLURALS_ONLY, *LANGUAGES):
            committed = ts_path(language)
            if not committed.exists():
                problems.append(Problem(language, "missing", "", committed.name))
                continue
            fresh = ts_path(language, folder)
            shutil.copy(committed, fresh)
            lupdate(fresh, language, keep_unused=True)
            repair_plurals(fresh, language, plural_translations(committed))
            root = ET.parse(fresh).getroot()
            for context in root.iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    translation = message.find("translation")
                    assert translation is not None
                    source = message.findtext("source") or ""
                    kind = translation.get("type")
                    if kind in ("vanished", "obsolete"):
                        problems.append(Problem(language, "unused", name, source))
                    elif unfinished(translation, message.get("numerus") == "yes"):
                        problems.append(Problem(language, "missing", name, source))
            qm = committed.with_suffix(".qm")
            rebuilt = folder / qm.name
            lrelease(committed, rebuilt)
            if not qm.exists() or qm.read_bytes() != rebuilt.read_bytes():
                problems.append(Problem(language, "stale .qm", "", qm.name))
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; list problems")
    args = parser.parse_args()
    if not args.check:
        update()
        return 0
    problems = check()
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)" if problems else "Translations complete.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
