#!/usr/bin/env python3
"""Is an HTML page well formed and self-contained?  Parsed with Python's
html.parser (not with patterns): every element closed in order (void
elements excepted), no id twice, no <script>, no on* attribute, no
javascript: URL, nothing fetched from outside (src, href, url(...),
@import).  Prints "valid" or each problem, with the line; exits 1 on any.
With --text STRING..., also says for each string whether the page shows
it as text ("text: STRING") or not ("missing: STRING").

  html_check.py PAGE.html [--text STRING...]"""
import re
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
# SVG elements gnuplot writes closed by "/>" are handled by handle_startendtag


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems, self.ids, self.text = [], [], set(), []

    def where(self):
        return "line %d" % self.getpos()[0]

    def attrs(self, tag, attrs):
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append("%s: <%s %s=...>: an event handler" % (self.where(), tag, name))
            if name == "id":
                if value in self.ids:
                    self.problems.append("%s: id %r twice" % (self.where(), value))
                self.ids.add(value)
            if name in ("src", "href", "xlink:href", "action") and not value.startswith("#"):
                self.problems.append("%s: <%s %s=%r>: fetched or followed" % (self.where(), tag, name, value))
        if tag == "script":
            self.problems.append("%s: a <script>" % self.where())

    def handle_starttag(self, tag, attrs):
        self.attrs(tag, attrs)
        if tag not in VOID:
            self.stack.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag, attrs):
        self.attrs(tag, attrs)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            open_tag = self.stack[-1] if self.stack else ("nothing", 0)
            self.problems.append("%s: </%s> closes <%s> of line %d" % (self.where(), tag, *open_tag))
            for i in range(len(self.stack) - 1, -1, -1):
                if self.stack[i][0] == tag:
                    del self.stack[i:]
                    break
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        if self.stack and self.stack[-1][0] == "style" and re.search(r"url\(|@import", data):
            self.problems.append("%s: the style fetches something" % self.where())


def main():
    page = open(sys.argv[1], encoding="utf-8").read()
    wanted = sys.argv[3:] if len(sys.argv) > 2 and sys.argv[2] == "--text" else []
    c = Checker()
    c.feed(page)
    c.close()
    for tag, line in c.stack:
        c.problems.append("<%s> of line %d is never closed" % (tag, line))
    if not page.lstrip().lower().startswith("<!doctype html>"):
        c.problems.append("no <!DOCTYPE html>")
    for p in c.problems[:20]:
        print(p)
    print("valid" if not c.problems else "%d problems" % len(c.problems))
    text = "".join(c.text)
    for s in wanted:
        print(("text: " if s in text else "missing: ") + s)
    return 1 if c.problems else 0


if __name__ == "__main__":
    sys.exit(main())
