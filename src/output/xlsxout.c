/* xlsxout: tables as an Excel workbook, through libxlsxwriter. */
#include "output/xlsxout.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "base/cleanup.h"
#include "base/diag.h"
#include "base/xalloc.h"

#define MAX_CELL 32767 /* characters in a cell, Excel's limit */

struct xlsxout {
	lxw_workbook *wb;
	lxw_format *head, *money, *pct, *count, *text;
	char *path;     /* what libxlsxwriter writes */
	int temporary;  /* path is ours, to copy onto the stream and remove */
	int bad;        /* a cell could not be written */
};

/* A temporary file for a workbook bound for a stream; NULL after saying why. */
static char *temp_path(void)
{
	const char *dir = getenv("TMPDIR");
	size_t n = (dir && *dir ? strlen(dir) : 4) + 32;
	char *p = xmalloc(n);
	int fd;

	snprintf(p, n, "%s/wagestat-XXXXXX.xlsx", dir && *dir ? dir : "/tmp");
	if ((fd = mkstemps(p, 5)) < 0) {
		diag("cannot make a temporary file %s: %s", p, strerror(errno));
		free(p);
		return NULL;
	}
	close(fd);
	cleanup_add(p);
	return p;
}

static lxw_format *number_format(lxw_workbook *wb, const char *pattern)
{
	lxw_format *f = workbook_add_format(wb);

	format_set_num_format(f, pattern);
	return f;
}

xlsxout *xlsxout_open(const char *path)
{
	xlsxout *x;

	if (!path && isatty(STDOUT_FILENO)) {
		diag("-f xlsx: a workbook is not for a terminal: send it to a file (> out.xlsx)");
		return NULL;
	}
	x = xcalloc(1, sizeof *x);
	x->temporary = !path;
	x->path = path ? xstrdup(path) : temp_path();
	if (!x->path || !(x->wb = workbook_new(x->path))) {
		if (x->path)
			diag("cannot write a workbook to %s", x->path);
		free(x->path);
		free(x);
		return NULL;
	}
	x->head = workbook_add_format(x->wb);
	format_set_bold(x->head);
	format_set_bottom(x->head, LXW_BORDER_THIN);
	/* as the tables write amounts: whole dollars from $1,000, cents below */
	x->money = number_format(x->wb, "[>=1000]\"$\"#,##0;[<=-1000]-\"$\"#,##0;\"$\"#,##0.00");
	x->pct = number_format(x->wb, "0.0\"%\"");
	x->count = number_format(x->wb, "#,##0");
	x->text = workbook_add_format(x->wb);
	format_set_text_wrap(x->text);
	return x;
}

static void put_string(xlsxout *x, lxw_worksheet *ws, size_t row, size_t col, const char *s,
		       lxw_format *f)
{
	lxw_error e;

	if (strlen(s) > MAX_CELL) {
		diag("a cell of %zu bytes is past Excel's %d characters: the workbook is not written",
		     strlen(s), MAX_CELL);
		x->bad = 1;
		return;
	}
	if ((e = worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)col, s, f)) != LXW_NO_ERROR) {
		diag("workbook: %s", lxw_strerror(e));
		x->bad = 1;
	}
}

/* The format of a column of numbers. */
static lxw_format *column_format(const xlsxout *x, const table *t, size_t c)
{
	const char *name = table_column_name(t, c);
	size_t n = strlen(name);

	if (table_column_kind(t, c) == CELL_COUNT)
		return x->count;
	if (n > 4 && strcmp(name + n - 4, "_pct") == 0)
		return x->pct;
	return x->money;
}

static void write_cells(xlsxout *x, lxw_worksheet *ws, const table *t)
{
	size_t r, c, ncols = table_columns(t);

	for (r = 0; r < table_rows(t) && !x->bad; r++)
		for (c = 0; c < ncols; c++) {
			const char *s = table_text(t, r, c);
			double v = table_number(t, r, c);
			if (s)
				put_string(x, ws, r + 1, c, s, NULL);
			else if (isfinite(v))
				worksheet_write_number(ws, (lxw_row_t)(r + 1), (lxw_col_t)c, v,
						       column_format(x, t, c));
		}
}

static lxw_worksheet *add_sheet(xlsxout *x, const char *name)
{
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, name);

	if (!ws) {
		diag("workbook: cannot add a sheet '%s'", name);
		x->bad = 1;
	}
	return ws;
}

void xlsxout_table(xlsxout *x, const char *name, const table *t)
{
	size_t c, ncols = table_columns(t);
	lxw_worksheet *ws = add_sheet(x, name);

	if (!ws)
		return;
	if (table_rows(t) + 1 > LXW_ROW_MAX) {
		diag("workbook: %zu rows are more than a sheet holds", table_rows(t));
		x->bad = 1;
		return;
	}
	for (c = 0; c < ncols; c++) {
		const char *h = table_column_name(t, c);
		double width = strlen(h) + 2.0;
		if (table_column_kind(t, c) == CELL_TEXT)
			width = width < 14 ? 14 : width;
		else
			width = width < 11 ? 11 : width;
		worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, width, NULL);
		put_string(x, ws, 0, c, h, x->head);
	}
	worksheet_freeze_panes(ws, 1, 0);
	write_cells(x, ws, t);
}

void xlsxout_lines(xlsxout *x, const char *name, const char *text)
{
	lxw_worksheet *ws = add_sheet(x, name);
	size_t row = 0;

	if (!ws)
		return;
	worksheet_set_column(ws, 0, 0, 100, NULL);
	while (*text && !x->bad) {
		size_t n = strcspn(text, "\n");
		char *line = xstrndup(text, n);
		put_string(x, ws, row, 0, line, row == 0 ? x->head : NULL);
		row++;
		free(line);
		text += n + (text[n] == '\n');
	}
}

/* Copy the file at path onto out; 0, or -1 after saying why. */
static int copy_out(const char *path, FILE *out)
{
	FILE *in = fopen(path, "rb");
	char buf[65536];
	size_t n;

	if (!in) {
		diag("cannot read %s: %s", path, strerror(errno));
		return -1;
	}
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		if (fwrite(buf, 1, n, out) != n)
			break;
	n = ferror(in) || ferror(out);
	fclose(in);
	if (n)
		diag("cannot write the workbook: %s", strerror(errno));
	return n ? -1 : 0;
}

int xlsxout_close(xlsxout **xp, FILE *out)
{
	xlsxout *x = *xp;
	lxw_error e = workbook_close(x->wb);
	int code = EXIT_OK;

	if (e != LXW_NO_ERROR) {
		diag("cannot write the workbook %s: %s", x->path, lxw_strerror(e));
		code = EXIT_USAGE;
	}
	if (x->bad)
		code = EXIT_USAGE;
	if (code == EXIT_OK && x->temporary && copy_out(x->path, out) != 0)
		code = EXIT_USAGE;
	if (x->temporary) {
		unlink(x->path);
		cleanup_forget(x->path);
	}
	free(x->path);
	free(x);
	*xp = NULL;
	return code;
}
