/* The CSV reader: every input is fed at every chunk size from 1 byte up
 * (as libcsv's own tests do), and what comes out is compared with the rows
 * and line numbers read off the input by eye. */
#include "input/csvin.h"
#include "input/utf8.h"

#include <stdlib.h>
#include <unistd.h>

#include "check.h"

typedef struct seen {
	char text[4096];
	size_t len;
} seen;

static void add(seen *s, const char *prefix, const csvin_row *row)
{
	size_t i;

	s->len += (size_t)snprintf(s->text + s->len, sizeof s->text - s->len,
				   "%s%lu:", prefix, row->line);
	for (i = 0; i < row->nfields; i++)
		s->len += (size_t)snprintf(s->text + s->len, sizeof s->text - s->len,
					   "%s%s", i ? "|" : "", row->field[i]);
	s->len += (size_t)snprintf(s->text + s->len, sizeof s->text - s->len, "\n");
}

static int on_header(void *ctx, const csvin_row *row)
{
	add(ctx, "H", row);
	return 0;
}

static int on_row(void *ctx, const csvin_row *row)
{
	add(ctx, "", row);
	return 0;
}

static int skip_header(void *ctx, const csvin_row *row)
{
	(void)ctx;
	(void)row;
	return 0;
}

/* Records the length of each row's first field. */
static int first_length(void *ctx, const csvin_row *row)
{
	seen *s = ctx;

	s->len += (size_t)snprintf(s->text + s->len, sizeof s->text - s->len,
				   "%lu:%zu\n", row->line, row->len[0]);
	return 0;
}

static char path[] = "/tmp/wagestat-test-csvin-XXXXXX";

static void write_input(const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	fwrite(data, 1, len, f);
	fclose(f);
}

/* Read the input at every chunk size; each must give want (rows) and the
 * given counts of rows read and rejected. */
static void expect(const char *name, const char *data, size_t len, int delim,
		   const char *want, unsigned long long read,
		   unsigned long long rejected, int result)
{
	size_t chunk;
	int all_same = 1;

	write_input(data, len);
	for (chunk = 1; chunk <= len + 1; chunk++) {
		seen s = {"", 0};
		tally t;
		csvin *r = csvin_open(path, delim);
		int got;

		tally_init(&t);
		t.quiet = 1;
		csvin_set_chunk_size(r, chunk);
		got = csvin_read(r, &t, on_header, on_row, &s);
		csvin_close(&r);
		if (strcmp(s.text, want) != 0 || t.read != read ||
		    t.rejected != rejected || got != result) {
			printf("FAIL %s at chunk size %zu:\n--- got (read %llu, rejected %llu, result %d)\n%s"
			       "--- want (read %llu, rejected %llu, result %d)\n%s",
			       name, chunk, t.read, t.rejected, got, s.text, read,
			       rejected, result, want);
			all_same = 0;
			tally_free(&t);
			break;
		}
		tally_free(&t);
	}
	CHECK(all_same, "%s", name);
}

#define S(lit) lit, sizeof lit - 1

int main(void)
{
	int fd = mkstemp(path);
	size_t bad;

	close(fd);
	expect("plain, no final newline",
	       S("a,b\n1,2\n3,4"), 0,
	       "H1:a|b\n2:1|2\n3:3|4\n", 2, 0, 0);
	expect("CRLF, quoted comma, doubled quote, quoted CRLF",
	       S("role,pay\r\n\"Tech, Lab\",1\r\n\"say \"\"hi\"\"\",2\r\n\"two\r\nlines\",3\r\nlast,4\r\n"), 0,
	       "H1:role|pay\n2:Tech, Lab|1\n3:say \"hi\"|2\n4:two\r\nlines|3\n6:last|4\n", 4, 0, 0);
	expect("blank lines keep line numbers",
	       S("a,b\n\n1,2\n\r\n\n3,4\n"), 0,
	       "H1:a|b\n3:1|2\n6:3|4\n", 2, 0, 0);
	expect("byte-order mark and semicolons detected",
	       S("\xEF\xBB\xBF" "AREA;A_MEAN\r\nOhio;\"53,400\"\r\n"), 0,
	       "H1:AREA|A_MEAN\n2:Ohio|53,400\n", 1, 0, 0);
	expect("tabs detected, kept inside fields of a comma file",
	       S("a\tb\n1 x\t2\n"), 0,
	       "H1:a|b\n2:1 x|2\n", 1, 0, 0);
	expect("tab given, spaces around fields trimmed",
	       S("a\tb\n 1 \t2\n"), '\t',
	       "H1:a|b\n2:1|2\n", 1, 0, 0);
	expect("ragged rows rejected, others kept",
	       S("a,b\n1\n1,2,3\n4,5\n"), 0,
	       "H1:a|b\n4:4|5\n", 3, 2, 0);
	expect("invalid UTF-8 and NUL bytes rejected",
	       S("a,b\n\xE9t\xE9,1\nok,2\nx\0y,3\ncaf\xC3\xA9,4\n"), 0,
	       "H1:a|b\n3:ok|2\n5:caf\xC3\xA9|4\n", 4, 2, 0);
	expect("malformed quoting rejected, next line read",
	       S("a,b\n1,x\"y\n2,\"p\"q\n3,ok\n"), 0,
	       "H1:a|b\n4:3|ok\n", 3, 2, 0);
	expect("malformed quoting after a quoted line end",
	       S("a,b\n1,\"p\nq\"r\n3,ok\n"), 0,
	       "H1:a|b\n4:3|ok\n", 2, 1, 0);
	expect("malformed quoting after a lone CR, then a blank line",
	       S("a,b\n1,2\rx\"y,3\n\n4,5\n"), 0,
	       "H1:a|b\n2:1|2\n5:4|5\n", 3, 1, 0);
	expect("delimiter picked from the whole header, past a quoted line end",
	       S("a;b;c,\"x\ny\",d,e\n1,2,3,4\n"), 0,
	       "H1:a;b;c|x\ny|d|e\n3:1|2|3|4\n", 1, 0, 0);
	expect("unterminated quote at the end",
	       S("a,b\n1,2\n3,\"open\n4,5\n"), 0,
	       "H1:a|b\n2:1|2\n", 2, 1, 0);
	expect("header only", S("a,b\n"), 0, "H1:a|b\n", 0, 0, 0);
	expect("empty file", S(""), 0, "", 0, 0, -1);
	expect("only blank lines", S("\n\n"), 0, "", 0, 0, -1);

	/* a 10 MB field in one row, and the row after it */
	{
		size_t big = 10u << 20, n = 0;
		char *data = malloc(big + 64);
		seen s = {"", 0};
		tally t;
		csvin *r;
		n += (size_t)sprintf(data, "a,b\n\"");
		memset(data + n, 'x', big);
		n += big;
		n += (size_t)sprintf(data + n, "\",1\nz,2\n");
		write_input(data, n);
		free(data);
		tally_init(&t);
		r = csvin_open(path, 0);
		CHECK(csvin_read(r, &t, skip_header, first_length, &s) == 0, "10 MB field");
		csvin_close(&r);
		CHECK(t.read == 2 && t.rejected == 0, "10 MB field: read %llu", t.read);
		CHECK_STR(s.text, "2:10485760\n3:1\n");
		tally_free(&t);
	}

	/* columns by name (case, spaces) or number */
	{
		static const char *const names[] = {"Role", " Annual Salary "};
		static const size_t lens[] = {4, 15};
		csvin_row h = {2, names, lens, 1};
		CHECK(csvin_column(&h, "role") == 0, "by name");
		CHECK(csvin_column(&h, "annual salary") == 1, "spaces ignored");
		CHECK(csvin_column(&h, "2") == 1, "by number");
		CHECK(csvin_column(&h, "3") == -1, "number out of range");
		CHECK(csvin_column(&h, "0") == -1, "number 0");
		CHECK(csvin_column(&h, "pay") == -1, "unknown name");
	}
	CHECK(csvin_parse_delim("tab") == '\t' && csvin_parse_delim(";") == ';' &&
		      csvin_parse_delim("ab") == -1,
	      "delimiter names");
	CHECK(utf8_valid("\xF0\x9F\x92\xB5", 4, &bad), "4-byte sequence");
	CHECK(!utf8_valid("\xED\xA0\x80", 3, &bad) && bad == 0, "surrogate");
	CHECK(!utf8_valid("ab\xC0\xAF", 4, &bad) && bad == 2, "overlong");
	unlink(path);
	return check_done("csvin");
}
