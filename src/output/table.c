#include "output/table.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/fmt.h"
#include "base/xalloc.h"

typedef struct cell {
	char *text; /* NULL for numbers */
	double number;
	cell_kind kind; /* of a number */
} cell;

typedef struct column {
	char *name;
	cell_kind kind;
} column;

struct table {
	column *cols;
	size_t ncols, cols_alloc;
	cell *cells; /* row-major */
	size_t ncells, cells_alloc;
	size_t nrows;
	char *extra_name, *extra_json;
};

table *table_new(void)
{
	return xcalloc(1, sizeof(table));
}

void table_free(table **tp)
{
	table *t = *tp;
	size_t i;

	if (!t)
		return;
	for (i = 0; i < t->ncols; i++)
		free(t->cols[i].name);
	for (i = 0; i < t->ncells; i++)
		free(t->cells[i].text);
	free(t->cols);
	free(t->cells);
	free(t->extra_name);
	free(t->extra_json);
	free(t);
	*tp = NULL;
}

void table_add_column(table *t, const char *name, cell_kind kind)
{
	xgrow(&t->cols, &t->cols_alloc, t->ncols + 1, sizeof *t->cols);
	t->cols[t->ncols].name = xstrdup(name);
	t->cols[t->ncols].kind = kind;
	t->ncols++;
}

void table_add_row(table *t)
{
	size_t i;

	/* pad an unfinished row so every row has ncols cells */
	while (t->ncells < t->nrows * t->ncols)
		table_put_number(t, NAN);
	t->nrows++;
	xgrow(&t->cells, &t->cells_alloc, t->nrows * t->ncols, sizeof *t->cells);
	for (i = t->ncells; i < t->nrows * t->ncols; i++)
		t->cells[i].text = NULL;
}

static cell *next_cell(table *t)
{
	if (t->ncells >= t->nrows * t->ncols)
		abort(); /* more cells than columns: a bug in the caller */
	return &t->cells[t->ncells++];
}

void table_put_text(table *t, const char *s, size_t len)
{
	cell *c = next_cell(t);

	c->text = xstrndup(s, len);
	c->number = NAN;
}

static void put_number(table *t, double v, int count)
{
	size_t col = t->ncells % t->ncols;
	cell *c = next_cell(t);

	c->text = NULL;
	c->number = v;
	c->kind = count ? CELL_COUNT : t->cols[col].kind;
}

void table_put_number(table *t, double v)
{
	put_number(t, v, 0);
}

void table_put_count(table *t, double v)
{
	put_number(t, v, 1);
}

void table_set_json_extra(table *t, const char *name, const char *json)
{
	free(t->extra_name);
	free(t->extra_json);
	t->extra_name = xstrdup(name);
	t->extra_json = xstrdup(json);
}

int table_format_parse(const char *name)
{
	static const struct {
		const char *name;
		table_format f;
	} names[] = {
		{"text", TABLE_TEXT}, {"csv", TABLE_CSV},      {"tsv", TABLE_TSV},
		{"md", TABLE_MD},     {"markdown", TABLE_MD},  {"json", TABLE_JSON},
		{"html", TABLE_HTML},
	};
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(name, names[i].name) == 0)
			return (int)names[i].f;
	return -1;
}

size_t table_rows(const table *t) { return t->nrows; }

const char *table_text(const table *t, size_t row, size_t col)
{
	return t->cells[row * t->ncols + col].text;
}

double table_number(const table *t, size_t row, size_t col)
{
	const cell *c = &t->cells[row * t->ncols + col];
	return c->text ? NAN : c->number;
}

/* --- writers ----------------------------------------------------------- */

static const cell *cell_at(const table *t, size_t row, size_t col)
{
	return &t->cells[row * t->ncols + col];
}

/* Display width of UTF-8 text: code points, not bytes. */
static size_t width(const char *s)
{
	size_t w = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			w++;
	return w;
}

/* Text for a people-facing format: control characters become spaces. */
static char *flat_text(const char *s)
{
	char *copy = xstrdup(s), *p;

	for (p = copy; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = ' ';
	return copy;
}

/* A cell for people: text flattened, numbers grouped; FMT_NONE for none. */
static char *cell_human(const table *t, size_t row, size_t col)
{
	const cell *c = cell_at(t, row, col);
	char buf[96];

	if (c->text)
		return flat_text(c->text[0] ? c->text : FMT_NONE);
	if (c->kind == CELL_EXACT)
		return xstrdup(isnan(c->number) ? FMT_NONE : fmt_exact(c->number, buf, sizeof buf));
	return xstrdup((c->kind == CELL_COUNT ? fmt_count : fmt_amount)(c->number, buf, sizeof buf));
}

/* A number cell for machines: "" for NaN (csv, tsv; json says null). */
static const char *cell_machine(const cell *c, char *buf, size_t size)
{
	switch (c->kind) {
	case CELL_COUNT:
		return fmt_whole(c->number, buf, size);
	case CELL_SE:
		return fmt_se(c->number, buf, size);
	case CELL_EXACT:
		return fmt_exact(c->number, buf, size);
	case CELL_TEXT: /* the NaN that pads an unfinished row */
	case CELL_AMOUNT:
		break;
	}
	return fmt_cents(c->number, buf, size);
}

/* A text column's width under a cap: the cap, but never below the
 * column's floor (TABLE_TEXT_MIN_CELL, or its whole width if less). */
static size_t capped(size_t w, size_t cap)
{
	size_t floor = w < TABLE_TEXT_MIN_CELL ? w : TABLE_TEXT_MIN_CELL;

	return w <= cap ? w : cap > floor ? cap : floor;
}

static size_t width_under(const table *t, const size_t *w, size_t cap)
{
	size_t c, sum = 2 * (t->ncols - 1);

	for (c = 0; c < t->ncols; c++)
		sum += t->cols[c].kind == CELL_TEXT ? capped(w[c], cap) : w[c];
	return sum;
}

/* Narrow the text columns to fit TABLE_TEXT_WIDTH: the widest first, so
 * under one cap, the largest that fits (or their floors when none does). */
static void fit_widths(const table *t, size_t *w)
{
	size_t c, lo = 0, hi = 0;

	if (t->ncols == 0)
		return;
	for (c = 0; c < t->ncols; c++)
		if (t->cols[c].kind == CELL_TEXT && w[c] > hi)
			hi = w[c];
	if (width_under(t, w, hi) <= TABLE_TEXT_WIDTH)
		return;
	while (lo < hi) {
		size_t mid = lo + (hi - lo + 1) / 2;
		if (width_under(t, w, mid) <= TABLE_TEXT_WIDTH)
			lo = mid;
		else
			hi = mid - 1;
	}
	for (c = 0; c < t->ncols; c++)
		if (t->cols[c].kind == CELL_TEXT)
			w[c] = capped(w[c], lo);
}

#define ELLIPSIS "\xe2\x80\xa6" /* U+2026, one column */

/* s (freed) cut to w >= 1 columns: its first w - 1 code points, less
 * trailing spaces, and an ellipsis. */
static char *shorten(char *s, size_t w)
{
	size_t i, n = 0;
	char *out;

	for (i = 0; s[i]; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80 && n++ == w - 1)
			break;
	while (i > 0 && s[i - 1] == ' ')
		i--;
	out = xmalloc(i + sizeof ELLIPSIS);
	memcpy(out, s, i);
	memcpy(out + i, ELLIPSIS, sizeof ELLIPSIS);
	free(s);
	return out;
}

/* Row 0 the header, then the rows; cells as people read them, shortened
 * where the table is too wide. */
static void write_text(const table *t, FILE *out)
{
	size_t *w = xcalloc(t->ncols + 1, sizeof *w);
	size_t ncells = (t->nrows + 1) * t->ncols;
	char **cells = xcalloc(ncells + 1, sizeof *cells);
	size_t r, c;

	for (r = 0; r <= t->nrows; r++)
		for (c = 0; c < t->ncols; c++) {
			char *s = r ? cell_human(t, r - 1, c) : flat_text(t->cols[c].name);
			size_t n = width(s);
			cells[r * t->ncols + c] = s;
			if (n > w[c])
				w[c] = n;
		}
	fit_widths(t, w);
	for (r = 0; r <= t->nrows; r++) {
		for (c = 0; c < t->ncols; c++) {
			char **s = &cells[r * t->ncols + c];
			int right = t->cols[c].kind != CELL_TEXT;
			size_t pad;
			if (width(*s) > w[c])
				*s = shorten(*s, w[c]);
			pad = w[c] - width(*s);
			if (c > 0)
				fputs("  ", out);
			if (right)
				fprintf(out, "%*s", (int)pad, "");
			fputs(*s, out);
			if (!right && c + 1 < t->ncols)
				fprintf(out, "%*s", (int)pad, "");
		}
		fputc('\n', out);
	}
	for (r = 0; r < ncells; r++)
		free(cells[r]);
	free(cells);
	free(w);
}

int table_raw_cells;

/* Would a spreadsheet take the text for a formula ("=HYPERLINK(...)",
 * "+cmd", "@SUM(1)")?  OWASP's rule: a cell that begins with = + - @, a tab
 * or a carriage return, but for a lone "-" and a plain number ("-5"). */
static int formula_like(const char *s)
{
	char *end;

	if (table_raw_cells || !strchr("=+-@\t\r", s[0]) || !s[0] || !strcmp(s, "-"))
		return 0;
	strtod(s, &end);
	return end == s || *end;
}

static void csv_field(FILE *out, const char *s)
{
	const char *mark = formula_like(s) ? "'" : ""; /* shown as text, the ' unseen */

	if (strpbrk(s, ",\"\r\n") == NULL) {
		fputs(mark, out);
		fputs(s, out);
		return;
	}
	fputc('"', out);
	fputs(mark, out);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

static void tsv_field(FILE *out, const char *s)
{
	if (formula_like(s))
		fputc('\'', out);
	for (; *s; s++)
		fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
}

static void write_delimited(const table *t, FILE *out, int tsv)
{
	size_t r, c;
	char buf[64];

	for (c = 0; c < t->ncols; c++) {
		if (c)
			fputc(tsv ? '\t' : ',', out);
		(tsv ? tsv_field : csv_field)(out, t->cols[c].name);
	}
	fputc('\n', out);
	for (r = 0; r < t->nrows; r++) {
		for (c = 0; c < t->ncols; c++) {
			const cell *x = cell_at(t, r, c);
			if (c)
				fputc(tsv ? '\t' : ',', out);
			if (x->text)
				(tsv ? tsv_field : csv_field)(out, x->text);
			else
				fputs(cell_machine(x, buf, sizeof buf), out);
		}
		fputc('\n', out);
	}
}

void table_md_text(FILE *out, const char *s, const char *marks)
{
	for (; *s; s++) {
		if (*s == '<')
			fputs("&lt;", out);
		else if (*s == '>')
			fputs("&gt;", out);
		else if (*s == '&')
			fputs("&amp;", out);
		else if (*s == '\n' || *s == '\r')
			fputc(' ', out);
		else {
			if (strchr(marks, *s))
				fputc('\\', out);
			fputc(*s, out);
		}
	}
}

/* Markdown cell text: pipes and backslashes are a cell's marks. */
static void md_text(FILE *out, const char *s)
{
	table_md_text(out, s, "|\\");
}

static void write_md(const table *t, FILE *out)
{
	size_t r, c;

	fputc('|', out);
	for (c = 0; c < t->ncols; c++) {
		fputc(' ', out);
		md_text(out, t->cols[c].name);
		fputs(" |", out);
	}
	fputs("\n|", out);
	for (c = 0; c < t->ncols; c++)
		fputs(t->cols[c].kind == CELL_TEXT ? " --- |" : " ---: |", out);
	fputc('\n', out);
	for (r = 0; r < t->nrows; r++) {
		fputc('|', out);
		for (c = 0; c < t->ncols; c++) {
			char *s = cell_human(t, r, c);
			fputc(' ', out);
			md_text(out, s);
			fputs(" |", out);
			free(s);
		}
		fputc('\n', out);
	}
}

void table_html_text(FILE *out, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		default: fputc(*s, out);
		}
	}
}

static void write_html(const table *t, FILE *out)
{
	size_t r, c;

	fputs("<table>\n<thead><tr>", out);
	for (c = 0; c < t->ncols; c++) {
		fputs(t->cols[c].kind == CELL_TEXT ? "<th>" : "<th class=\"num\">", out);
		table_html_text(out, t->cols[c].name);
		fputs("</th>", out);
	}
	fputs("</tr></thead>\n<tbody>\n", out);
	for (r = 0; r < t->nrows; r++) {
		fputs("<tr>", out);
		for (c = 0; c < t->ncols; c++) {
			char *s = cell_human(t, r, c);
			fputs(t->cols[c].kind == CELL_TEXT ? "<td>" : "<td class=\"num\">", out);
			table_html_text(out, s);
			fputs("</td>", out);
			free(s);
		}
		fputs("</tr>\n", out);
	}
	fputs("</tbody>\n</table>\n", out);
}


static void write_json(const table *t, FILE *out)
{
	size_t r, c;
	char buf[64];

	fputs("{\"columns\": [", out);
	for (c = 0; c < t->ncols; c++) {
		if (c)
			fputs(", ", out);
		fmt_json_string(out, t->cols[c].name, strlen(t->cols[c].name));
	}
	fputs("],\n \"rows\": [", out);
	for (r = 0; r < t->nrows; r++) {
		fputs(r ? ",\n  {" : "\n  {", out);
		for (c = 0; c < t->ncols; c++) {
			const cell *x = cell_at(t, r, c);
			if (c)
				fputs(", ", out);
			fmt_json_string(out, t->cols[c].name, strlen(t->cols[c].name));
			fputs(": ", out);
			if (x->text)
				fmt_json_string(out, x->text, strlen(x->text));
			else if (!isfinite(x->number))
				fputs("null", out);
			else
				fputs(cell_machine(x, buf, sizeof buf), out);
		}
		fputc('}', out);
	}
	fputs(t->nrows ? "\n ]" : "]", out);
	if (t->extra_name) {
		fputs(",\n ", out);
		fmt_json_string(out, t->extra_name, strlen(t->extra_name));
		fprintf(out, ": %s", t->extra_json);
	}
	fputs("}\n", out);
}

int table_write(const table *t, table_format f, FILE *out)
{
	switch (f) {
	case TABLE_TEXT:
		write_text(t, out);
		break;
	case TABLE_CSV:
		write_delimited(t, out, 0);
		break;
	case TABLE_TSV:
		write_delimited(t, out, 1);
		break;
	case TABLE_MD:
		write_md(t, out);
		break;
	case TABLE_JSON:
		write_json(t, out);
		break;
	case TABLE_HTML:
		write_html(t, out);
		break;
	}
	return ferror(out) ? -1 : 0;
}

size_t table_columns(const table *t)
{
	return t->ncols;
}

const char *table_column_name(const table *t, size_t col)
{
	return t->cols[col].name;
}

cell_kind table_column_kind(const table *t, size_t col)
{
	return t->cols[col].kind;
}
