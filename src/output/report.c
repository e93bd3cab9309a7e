/* report: one document, written as HTML, Markdown or a workbook. */
#include "output/report.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/cleanup.h"
#include "base/diag.h"
#include "base/xalloc.h"
#include "output/xlsxout.h"

typedef enum block_kind { B_SECTION, B_PARA, B_TABLE, B_LINES, B_CHART, B_QUOTE } block_kind;

/* One block; what its fields hold depends on its kind. */
typedef struct block {
	block_kind kind;
	char *text;    /* heading, paragraph, caption, chart title, quote */
	char *name;    /* sheet, chart name, the quote's place */
	char *body;    /* lines, the chart's SVG, the quote's verdict */
	char *mark;    /* the part of a quote to highlight */
	char *reason;  /* a quote's reason */
	table *t;
} block;

struct report {
	char *title;
	block *b;
	size_t n, alloc;
	int charts;
};

report *report_new(const char *title)
{
	report *r = xcalloc(1, sizeof *r);

	r->title = xstrdup(title);
	return r;
}

void report_free(report **rp)
{
	report *r = *rp;
	size_t i;

	if (!r)
		return;
	for (i = 0; i < r->n; i++) {
		free(r->b[i].text);
		free(r->b[i].name);
		free(r->b[i].body);
		free(r->b[i].mark);
		free(r->b[i].reason);
		table_free(&r->b[i].t);
	}
	free(r->b);
	free(r->title);
	free(r);
	*rp = NULL;
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static block *add(report *r, block_kind kind, const char *text, const char *name)
{
	block *b;

	xgrow(&r->b, &r->alloc, r->n + 1, sizeof *r->b);
	b = &r->b[r->n++];
	memset(b, 0, sizeof *b);
	b->kind = kind;
	b->text = dup_or_null(text);
	b->name = dup_or_null(name);
	return b;
}

void report_section(report *r, const char *heading, const char *sheet)
{
	add(r, B_SECTION, heading, sheet);
}

void report_para(report *r, const char *text)
{
	add(r, B_PARA, text, NULL);
}

void report_table(report *r, const char *caption, const char *sheet, table *t)
{
	add(r, B_TABLE, caption, sheet)->t = t;
}

void report_lines(report *r, const char *caption, const char *sheet, const char *text)
{
	add(r, B_LINES, caption, sheet)->body = xstrdup(text);
}

void report_quote(report *r, const char *where, const char *verdict, const char *quote,
		  const char *mark, const char *reason)
{
	block *b = add(r, B_QUOTE, quote, where);

	b->body = xstrdup(verdict);
	b->mark = mark && *mark && strstr(quote, mark) ? xstrdup(mark) : NULL;
	b->reason = xstrdup(reason);
}

/* --- charts ------------------------------------------------------------ */

/* The whole file at path, NUL-terminated; NULL after saying why. */
static char *read_all(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, alloc = 0, n;

	if (!f) {
		diag("cannot read the chart %s: %s", path, strerror(errno));
		return NULL;
	}
	do {
		xgrow(&buf, &alloc, len + 65536 + 1, 1);
		n = fread(buf + len, 1, 65536, f);
		len += n;
	} while (n > 0);
	buf[len] = '\0';
	fclose(f);
	return buf;
}

/* The SVG from its <svg element on, each id, #reference and url(#...)
 * given the prefix "cN-" so that the charts of one page never share an
 * id. */
static char *unique_ids(const char *svg, int chart)
{
	static const char *const marks[] = {"id='", "id=\"", "href='#", "href=\"#", "url(#"};
	char *out = NULL, prefix[16];
	size_t size = 0, i;
	FILE *f = open_memstream(&out, &size);

	snprintf(prefix, sizeof prefix, "c%d-", chart);
	while (*svg) {
		for (i = 0; i < sizeof marks / sizeof marks[0]; i++)
			if (strncmp(svg, marks[i], strlen(marks[i])) == 0)
				break;
		if (i < sizeof marks / sizeof marks[0]) {
			fputs(marks[i], f);
			fputs(prefix, f);
			svg += strlen(marks[i]);
		} else {
			fputc(*svg++, f);
		}
	}
	fclose(f);
	return out;
}

int report_chart(report *r, const char *name, const char *title, const char *svg_path)
{
	char *raw = read_all(svg_path), *at;
	block *b;

	if (!raw)
		return -1;
	if (!(at = strstr(raw, "<svg")) || !strstr(at, "</svg>")) {
		diag("%s: gnuplot wrote no SVG", svg_path);
		free(raw);
		return -1;
	}
	b = add(r, B_CHART, title, name);
	b->body = unique_ids(at + 4, ++r->charts);
	free(raw);
	return 0;
}

/* --- HTML -------------------------------------------------------------- */

static const char css[] =
	"*{box-sizing:border-box}"
	"body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1b1b1b;"
	"background:#fff;margin:0;padding:0 1rem 2rem}"
	"main{max-width:62rem;margin:0 auto}"
	"h1{font-size:1.7rem;line-height:1.25;margin:1.5rem 0 .5rem}"
	"h2{font-size:1.3rem;margin:2rem 0 .75rem;padding-bottom:.2rem;"
	"border-bottom:3px solid #0072B2}"
	"p,li,blockquote,figcaption,.caption{overflow-wrap:anywhere}"
	".caption{font-weight:600;margin:1rem 0 .3rem}"
	".scroll{overflow-x:auto;max-width:100%;margin-bottom:1rem}"
	"table{border-collapse:collapse;font-size:.88rem}"
	"th,td{padding:.3rem .55rem;border-bottom:1px solid #d9d9d9;text-align:left;"
	"vertical-align:top}"
	"thead th{background:#eef3f8;border-bottom:2px solid #9bb4cc}"
	"tbody tr:nth-child(even){background:#fafafa}"
	".num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
	"figure{margin:1.25rem 0}"
	"figure svg{display:block;max-width:100%;height:auto}"
	"figcaption{font-size:.9rem;color:#444;margin-top:.3rem}"
	"pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f6f6;"
	"padding:.6rem .8rem;font-size:.82rem;border-radius:4px}"
	".finding{border-left:4px solid #D55E00;background:#fff8f2;padding:.5rem .8rem;"
	"margin:.8rem 0}"
	".finding blockquote{margin:.3rem 0;font-style:italic}"
	".verdict{font-weight:700;color:#a63f00}"
	".where{font-family:monospace;font-size:.85rem;color:#555;overflow-wrap:anywhere}"
	"mark{background:#F0E442;color:#000;padding:0 .1em}"
	"@media print{body{padding:0}section{break-before:page}"
	"section:first-of-type{break-before:auto}.scroll{overflow:visible}"
	"figure,tr,.finding{break-inside:avoid}}";

static void html_head(const report *r, FILE *out)
{
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	      "<title>", out);
	table_html_text(out, r->title);
	fprintf(out, "</title>\n<style>%s</style>\n</head>\n<body>\n<main>\n<h1>", css);
	table_html_text(out, r->title);
	fputs("</h1>\n", out);
}

typedef void (*escape_fn)(FILE *out, const char *s);

/* A quote, escaped by esc, its mark between open and close. */
static void quote_text(const block *b, FILE *out, escape_fn esc, const char *open,
		       const char *close)
{
	const char *at = b->mark ? strstr(b->text, b->mark) : NULL;
	char *before = xstrndup(b->text, at ? (size_t)(at - b->text) : strlen(b->text));

	esc(out, before);
	if (at) {
		fputs(open, out);
		esc(out, b->mark);
		fputs(close, out);
		esc(out, at + strlen(b->mark));
	}
	free(before);
}

/* How a finding is marked up: the text before its verdict, between the
 * verdict and its place, before the quote, around the mark, before the
 * reason and after it. */
typedef struct quote_markup {
	escape_fn esc;
	const char *verdict, *where, *quote, *mark_open, *mark_close, *reason, *end;
} quote_markup;

static const quote_markup html_markup = {
	table_html_text, "<div class=\"finding\"><p><span class=\"verdict\">",
	"</span> <span class=\"where\">", "</span></p>\n<blockquote>", "<mark>", "</mark>",
	"</blockquote>\n<p>", "</p></div>\n",
};

static void write_quote(const block *b, const quote_markup *m, FILE *out)
{
	fputs(m->verdict, out);
	m->esc(out, b->body);
	fputs(m->where, out);
	m->esc(out, b->name);
	fputs(m->quote, out);
	quote_text(b, out, m->esc, m->mark_open, m->mark_close);
	fputs(m->reason, out);
	m->esc(out, b->reason);
	fputs(m->end, out);
}

static void html_caption(const block *b, FILE *out)
{
	if (b->text && *b->text) {
		fputs("<p class=\"caption\">", out);
		table_html_text(out, b->text);
		fputs("</p>\n", out);
	}
}

static void html_block(const block *b, int *open, FILE *out)
{
	switch (b->kind) {
	case B_SECTION:
		fputs(*open ? "</section>\n<section>\n<h2>" : "<section>\n<h2>", out);
		table_html_text(out, b->text);
		fputs("</h2>\n", out);
		*open = 1;
		break;
	case B_PARA:
		fputs("<p>", out);
		table_html_text(out, b->text);
		fputs("</p>\n", out);
		break;
	case B_TABLE:
		html_caption(b, out);
		fputs("<div class=\"scroll\">\n", out);
		table_write(b->t, TABLE_HTML, out);
		fputs("</div>\n", out);
		break;
	case B_LINES:
		html_caption(b, out);
		fputs("<pre>", out);
		table_html_text(out, b->body);
		fputs("</pre>\n", out);
		break;
	case B_CHART:
		fputs("<figure>\n<svg role=\"img\" aria-label=\"", out);
		table_html_text(out, b->text);
		fprintf(out, "\"%s\n<figcaption>", b->body);
		table_html_text(out, b->text);
		fputs("</figcaption>\n</figure>\n", out);
		break;
	case B_QUOTE:
		write_quote(b, &html_markup, out);
		break;
	}
}

static void write_html(const report *r, FILE *out)
{
	size_t i;
	int open = 0;

	html_head(r, out);
	for (i = 0; i < r->n; i++)
		html_block(&r->b[i], &open, out);
	fputs(open ? "</section>\n</main>\n</body>\n</html>\n" : "</main>\n</body>\n</html>\n", out);
}

/* --- Markdown ---------------------------------------------------------- */

/* Text in Markdown: every markup character after a backslash, HTML's as
 * entities, line breaks as spaces (code: as they are, in a fence). */
static void md_text(FILE *out, const char *s)
{
	table_md_text(out, s, "\\`*_[]{}()#+-.!|~");
}

/* "report" for "out/report.md": the charts' names begin so. */
static char *md_base(const char *output)
{
	const char *slash = strrchr(output, '/'), *base = slash ? slash + 1 : output;
	const char *dot = strrchr(base, '.');

	return xstrndup(base, dot ? (size_t)(dot - base) : strlen(base));
}

static const quote_markup md_markup = {
	md_text, "**", "** at ", "\n\n> ", "**", "**", "\n\n", "\n\n",
};

/* Lines as they are, fenced by more tildes than any line of them begins with. */
static void md_fenced(FILE *out, const char *text)
{
	const char *p = text;
	size_t longest = 0, n;

	while (*p) {
		n = strspn(p, "~");
		longest = n > longest ? n : longest;
		p += n;
		p += strcspn(p, "\n");
		p += *p == '\n';
	}
	n = longest < 8 ? 8 : longest + 1;
	fprintf(out, "%.*s\n%s%s%.*s\n", (int)n, "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~", text,
		*text && text[strlen(text) - 1] != '\n' ? "\n" : "", (int)n,
		"~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~");
}

static void md_block(const block *b, const char *base, FILE *out)
{
	switch (b->kind) {
	case B_SECTION:
		fputs("## ", out);
		md_text(out, b->text);
		fputs("\n\n", out);
		break;
	case B_PARA:
		md_text(out, b->text);
		fputs("\n\n", out);
		break;
	case B_TABLE:
	case B_LINES:
		if (b->text && *b->text) {
			fputs("**", out);
			md_text(out, b->text);
			fputs("**\n\n", out);
		}
		if (b->kind == B_TABLE)
			table_write(b->t, TABLE_MD, out);
		else
			md_fenced(out, b->body);
		fputc('\n', out);
		break;
	case B_CHART:
		fputs("![", out);
		md_text(out, b->text);
		fprintf(out, "](%s-%s.svg)\n\n", base, b->name);
		break;
	case B_QUOTE:
		write_quote(b, &md_markup, out);
		break;
	}
}

static void write_md(const report *r, const char *base, FILE *out)
{
	size_t i;

	fputs("# ", out);
	md_text(out, r->title);
	fputs("\n\n", out);
	for (i = 0; i < r->n; i++)
		md_block(&r->b[i], base, out);
}

/* --- workbook ---------------------------------------------------------- */

/* The headings and paragraphs of the sections whose sheet is sheet (NULL:
 * those of no sheet, after the title), a line each. */
static char *sheet_text(const report *r, const char *sheet)
{
	char *buf = NULL;
	size_t size = 0, i;
	FILE *f = open_memstream(&buf, &size);
	const char *in = NULL; /* the sheet of the section we are in */

	if (!sheet)
		fprintf(f, "%s\n", r->title);
	for (i = 0; i < r->n; i++) {
		const block *b = &r->b[i];
		if (b->kind == B_SECTION)
			in = b->name;
		if ((b->kind == B_SECTION || b->kind == B_PARA) &&
		    (sheet ? in && strcmp(in, sheet) == 0 : !in))
			fprintf(f, "%s\n", b->text);
	}
	fclose(f);
	return buf;
}

static int write_xlsx(const report *r, const char *path)
{
	xlsxout *x = xlsxout_open(path);
	char *text;
	size_t i;

	if (!x)
		return EXIT_USAGE;
	text = sheet_text(r, NULL);
	xlsxout_lines(x, "report", text);
	free(text);
	for (i = 0; i < r->n; i++) {
		const block *b = &r->b[i];
		if (b->kind == B_TABLE) {
			xlsxout_table(x, b->name, b->t);
		} else if (b->kind == B_LINES) {
			xlsxout_lines(x, b->name, b->body);
		} else if (b->kind == B_SECTION && b->name) {
			text = sheet_text(r, b->name);
			xlsxout_lines(x, b->name, text);
			free(text);
		}
	}
	return xlsxout_close(&x, NULL);
}

/* --- writing ----------------------------------------------------------- */

int report_format_parse(const char *name)
{
	if (strcmp(name, "html") == 0)
		return REPORT_HTML;
	if (strcmp(name, "md") == 0 || strcmp(name, "markdown") == 0)
		return REPORT_MD;
	if (strcmp(name, "xlsx") == 0)
		return REPORT_XLSX;
	return -1;
}

/* Write text to path through a temporary file beside it; 0 or EXIT_USAGE. */
typedef struct text_span {
	const char *text;
	size_t len;
} text_span;

static int put_span(void *ctx, FILE *f)
{
	const text_span *t = ctx;

	return fwrite(t->text, 1, t->len, f) != t->len;
}

static int write_file(const char *path, const char *text, size_t len)
{
	text_span t = {text, len};

	return cleanup_write_beside(path, put_span, &t) ? EXIT_USAGE : 0;
}

/* Markdown's charts: DIR/BASE-NAME.svg beside the document. */
static int write_md_charts(const report *r, const char *output, const char *base)
{
	const char *slash = strrchr(output, '/');
	size_t i, dirlen = slash ? (size_t)(slash - output) + 1 : 0;
	int code = 0;

	for (i = 0; i < r->n && !code; i++) {
		const block *b = &r->b[i];
		char *path, *svg;
		size_t n;
		if (b->kind != B_CHART)
			continue;
		n = dirlen + strlen(base) + strlen(b->name) + 8;
		path = xmalloc(n);
		snprintf(path, n, "%.*s%s-%s.svg", (int)dirlen, output, base, b->name);
		n = strlen(b->body) + 64;
		svg = xmalloc(n);
		snprintf(svg, n, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<svg%s\n", b->body);
		code = write_file(path, svg, strlen(svg));
		free(svg);
		free(path);
	}
	return code;
}

/* The workbook at output, through a temporary file beside it. */
static int write_workbook(const report *r, const char *output)
{
	char *tmp;
	int code;

	if (strcmp(output, "-") == 0) {
		diag("-f xlsx: name the workbook with -o");
		return EXIT_USAGE;
	}
	if (!(tmp = cleanup_temp_beside(output)))
		return EXIT_USAGE;
	code = write_xlsx(r, tmp);
	if (code == 0 && rename(tmp, output) != 0) {
		diag("cannot write %s: %s", output, strerror(errno));
		code = EXIT_USAGE;
	}
	if (code)
		unlink(tmp);
	cleanup_forget(tmp);
	free(tmp);
	return code;
}

int report_write(const report *r, report_format f, const char *output)
{
	char *buf = NULL, *base = md_base(strcmp(output, "-") == 0 ? "report" : output);
	size_t size = 0;
	FILE *mem;
	int code;

	if (f == REPORT_XLSX) {
		free(base);
		return write_workbook(r, output);
	}
	mem = open_memstream(&buf, &size);
	if (f == REPORT_HTML)
		write_html(r, mem);
	else
		write_md(r, base, mem);
	fclose(mem);
	if (strcmp(output, "-") == 0)
		code = fwrite(buf, 1, size, stdout) == size ? 0 : EXIT_USAGE;
	else
		code = write_file(output, buf, size);
	if (code == 0 && f == REPORT_MD)
		code = write_md_charts(r, strcmp(output, "-") == 0 ? "report.md" : output, base);
	free(buf);
	free(base);
	return code;
}
