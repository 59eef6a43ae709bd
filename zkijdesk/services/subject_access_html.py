"""The person's copy of a subject-access export, as an accessible HTML page.

The PDF cannot be tagged for screen readers, so this page goes beside it with the same
content (``subject_access_reply.reply``): one self-contained page in Dutch, a table of
contents, a section per heading, and tables with a caption, column headers and row
headers. Built on the page every HTML we hand out shares (``zkijdesk.html_page``): no
script, no external resource, inline CSS that prints on A4.
"""

from __future__ import annotations

from typing import Any

from zkijdesk.html_page import contents, esc, page, text_table
from zkijdesk.services.subject_access_reply import Heading, Rows, Text, html_of_pdf, reply

#: The reply's tables hold text, often long (a note of thousands of characters): their
#: columns keep the PDF's proportions, and a word longer than its column breaks.
STYLE = """
table{width:100%;table-layout:fixed}
th,td{text-align:left;vertical-align:top;overflow-wrap:break-word}
.noot{font-size:.9rem}
""".strip()


def render_html(data: dict[str, Any], pdf_name: str | None = None) -> bytes:
    """The reply as HTML; ``pdf_name`` is the file name of the PDF it stands beside."""
    content = reply(data)
    header = [
        "<p>zkijdesk · loopbaanbegeleiding</p>",
        f"<h1>{esc(content.title)}</h1>",
        f"<p>Cliëntnummer {esc(content.client_number)}</p>",
    ]
    body = [
        f"<p>{esc(content.intro)}</p>",
        f'<p class="noot">{esc(html_of_pdf(pdf_name))}</p>',
        *contents((h.anchor, h.text) for h in content.headings()),
    ]
    open_section, heading = False, None
    for block in content.blocks:
        if isinstance(block, Heading):
            heading = block.text
            if open_section:
                body.append("</section>")
            body += [
                f'<section aria-labelledby="{esc(block.anchor)}">',
                f'<h2 id="{esc(block.anchor)}">{esc(block.text)}</h2>',
            ]
            open_section = True
        elif isinstance(block, Text):
            body.append(f"<p>{esc(block.text)}</p>")
        elif isinstance(block, Rows):
            body += text_table(
                block.caption,
                block.head,
                block.rows,
                widths=block.widths_mm,
                caption_shown=block.caption != heading,
            )
    if open_section:
        body.append("</section>")
    return page(title=content.title, header=header, body=body, style=STYLE)


__all__ = ["render_html"]
