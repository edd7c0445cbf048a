"""MkDocs hook: render newsmeta's reST-flavoured docstrings as Markdown.

The package's docstrings are written for ``help()`` and doctest: ``>>>`` examples, ``::`` literal
blocks and Sphinx roles such as :func:`to_dict`.  Markdown would turn ``>>>`` lines into nested
block quotes and print the roles as they are, so this preprocessor, added to every Markdown
conversion (pages and mkdocstrings alike):

- wraps each run of ``>>>`` / ``...`` lines and their output in a ``pycon`` code fence;
- turns ``Text::`` before an indented block into ``Text:``;
- turns ``:role:`~a.b.name``` into ```name``` (the last component, as Sphinx shows it).

Lines inside existing code fences are left alone.
"""

from __future__ import annotations

import re
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

_ROLE = re.compile(r":(?:func|class|meth|attr|mod|exc|data|obj):`~?([^`]+)`")
_FENCE = re.compile(r"^\s*(```|~~~)")


def _role(m: re.Match[str]) -> str:
    target = m.group(1)
    return f"`{target.rsplit('.', 1)[-1] if m.group(0).count('~') else target}`"


class _DocstringPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        in_fence = False
        in_doctest = False
        for line in lines:
            if not in_doctest and _FENCE.match(line):
                in_fence = not in_fence
                out.append(line)
                continue
            if in_fence:
                out.append(line)
                continue
            stripped = line.strip()
            if in_doctest:
                if stripped == "":
                    out.append("```")
                    out.append("")
                    in_doctest = False
                    continue
                out.append(line)
                continue
            if stripped.startswith(">>>"):
                if out and out[-1].strip():
                    out.append("")
                out.append("```pycon")
                out.append(line)
                in_doctest = True
                continue
            line = _ROLE.sub(_role, line)
            if line.endswith("::") and not line.endswith(":::"):
                line = line[:-1]
            out.append(line)
        if in_doctest:
            out.append("```")
        return out


class DocstringExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # before the fenced-code preprocessors (priority 25 and above run first)
        md.preprocessors.register(_DocstringPreprocessor(md), "newsmeta_docstrings", 40)


def on_config(config: Any) -> Any:
    config.markdown_extensions.append(DocstringExtension())
    return config
