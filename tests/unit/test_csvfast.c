/* The in-buffer fast path against libcsv alone: every input is read twice,
 * once with plain records split in the buffer (the default) and once with
 * every record through libcsv (csvin_set_fast(r, 0)), at a spread of chunk
 * sizes; the rows (every field's bytes, the field count, the line), the
 * counts, each rejection's reason and FILE:LINE:COL, the result and the
 * line the reader ends on must be the same.  Read a third way, fast with
 * the fields left unterminated (csvin_set_unterminated, as microdata
 * reads), the fields' bytes must be the same too.  The inputs: hand-picked
 * edge cases, then random bytes drawn mostly from what CSV is made of. */
#include "input/csvfast.h"
#include "input/csvin.h"

#include <stdint.h>
#include <stdlib.h>

#include "check.h"

typedef struct trace {
	char *text;
	size_t len, alloc;
} trace;

static void put(trace *t, const void *p, size_t n)
{
	if (t->len + n + 1 > t->alloc) {
		t->alloc = (t->len + n + 1) * 2;
		t->text = realloc(t->text, t->alloc);
	}
	memcpy(t->text + t->len, p, n);
	t->len += n;
	t->text[t->len] = '\0';
}

static void putf(trace *t, const char *fmt, unsigned long a, unsigned long b)
{
	char buf[64];
	int n = snprintf(buf, sizeof buf, fmt, a, b);

	put(t, buf, (size_t)n);
}

/* How a read is made: every record through libcsv, plain ones split in
 * the buffer, or those left unterminated. */
enum { SLOW, FAST, UNTERMINATED };
static int mode;

static int on_row(void *ctx, const csvin_row *row)
{
	trace *t = ctx;
	size_t i;

	putf(t, "[%lu:%lu]", row->line, (unsigned long)row->nfields);
	for (i = 0; i < row->nfields; i++) {
		if (mode != UNTERMINATED && row->field[i][row->len[i]] != '\0')
			put(t, "<unterminated>", 14);
		put(t, row->field[i], row->len[i]);
		put(t, "|", 1);
	}
	return 0;
}

/* Read data at one chunk size, fast or not, into t: rows, then counts,
 * rejections with their positions, the result and the last line. */
static void read_once(const char *data, size_t len, int delim, size_t chunk, int pad, int how,
		      trace *t)
{
	csvin *r = csvin_open_memory("in.csv", data, len, delim);
	tally tl;
	size_t i;
	int res;

	tally_init(&tl);
	tl.quiet = 1;
	tl.defer = 1;
	csvin_set_chunk_size(r, chunk);
	mode = how;
	csvin_set_fast(r, how != SLOW);
	if (how == UNTERMINATED)
		csvin_set_unterminated(r);
	if (pad)
		csvin_set_pad_short(r);
	t->len = 0;
	put(t, "", 0);
	res = csvin_read(r, &tl, on_row, on_row, t);
	putf(t, "\nread %lu rejected %lu", (unsigned long)tl.read, (unsigned long)tl.rejected);
	putf(t, " result %lu line %lu", (unsigned long)(res + 10), csvin_line(r));
	putf(t, " padded %lu delim %lu\n", (unsigned long)csvin_padded(r),
	     (unsigned long)csvin_delim(r));
	for (i = 0; i < tl.nnotes; i++) {
		const struct tally_note *n = &tl.notes[i];
		putf(t, "%lu:%lu ", n->line, n->col);
		put(t, n->reason, strlen(n->reason));
		put(t, " ", 1);
		if (n->detail)
			put(t, n->detail, strlen(n->detail));
		put(t, "\n", 1);
	}
	tally_free(&tl);
	csvin_close(&r);
}

static int compared, differed;

/* Both ways at several chunk sizes must agree; the first difference is
 * shown. */
static void same_both_ways(const char *data, size_t len, int delim, int pad)
{
	static const size_t chunks[] = {1, 2, 3, 5, 7, 16, 64, 1 << 20};
	trace slow = {0}, fast = {0};
	size_t i;
	int how;

	for (i = 0; i < sizeof chunks / sizeof *chunks; i++) {
		read_once(data, len, delim, chunks[i], pad, SLOW, &slow);
		for (how = FAST; how <= UNTERMINATED; how++) {
			read_once(data, len, delim, chunks[i], pad, how, &fast);
			compared++;
			if (slow.len != fast.len || memcmp(slow.text, fast.text, slow.len) != 0) {
				if (differed++ < 3)
					printf("FAIL differ at chunk %zu, delim %d, pad %d, %s:\n"
					       "--- libcsv\n%s--- fast\n%s--- input (%zu bytes) ---\n"
					       "%.*s\n---\n",
					       chunks[i], delim, pad, how == FAST ? "fast" : "unterminated",
					       slow.text, fast.text, len, (int)len, data);
				goto done;
			}
		}
	}
done:
	free(slow.text);
	free(fast.text);
}

/* splitmix64, for inputs that are the same on every run */
static uint64_t seed = 19;

static uint64_t next(void)
{
	uint64_t z = (seed += UINT64_C(0x9E3779B97F4A7C15));

	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

/* A quoted field of up to 6 bytes at buf (room for 8): whole, mostly,
 * else with a blank, a stray quote or text after its closing quote. */
static size_t quoted_field(char *buf)
{
	static const char inside[] = "ab ,;\t|\"\n";
	static const char after[] = " \tx\"";
	size_t n = 0, k, len = next() % 7;

	buf[n++] = '"';
	for (k = 0; k < len; k++)
		buf[n++] = next() % 4 ? inside[next() % 5] : inside[next() % (sizeof inside - 1)];
	if (next() % 2)
		buf[n++] = '"';
	if (next() % 4 == 0)
		buf[n++] = after[next() % (sizeof after - 1)];
	return n;
}

/* A random input of up to 200 bytes: a header of two or three fields,
 * then rows mostly plain, sometimes anything CSV can hold; with quotes,
 * a quoted field in place of one plain byte in ten. */
static size_t random_input(char *buf, size_t size, int quotes)
{
	static const char plain[] = "ab1 .$";
	static const char odd[] = ",;\t|\"\"\r\n\n \t\x01\x7F";
	static const char *const high[] = {"\xC3\xA9", "\xE9", "\xFF", "\xE2\x82\xAC", "\0"};
	size_t n, want = 1 + next() % 200;

	const char *head = next() % 2 ? "a,b\n" : "a,b,c\r\n";

	n = strlen(head);
	memcpy(buf, head, n);
	while (n + 10 < size && n < want) {
		unsigned k = (unsigned)(next() % 100);
		if (k < 6 && quotes) {
			n += quoted_field(buf + n);
		} else if (k < 60) {
			buf[n++] = plain[next() % (sizeof plain - 1)];
		} else if (k < 75) {
			buf[n++] = ',';
		} else if (k < 85) {
			buf[n++] = '\n';
		} else if (k < 97) {
			buf[n++] = odd[next() % (sizeof odd - 1)];
		} else {
			const char *h = high[next() % 5];
			size_t hl = h[0] ? strlen(h) : 1;
			memcpy(buf + n, h, hl);
			n += hl;
		}
	}
	return n;
}

#define S(lit) lit, sizeof lit - 1

int main(void)
{
	static const char *const edges[] = {
		"a,b\n1,2\n3,4",                  /* no final line end */
		"a,b\r\n1,2\r\n3,4\r\n",          /* CRLF */
		"a,b\r1,2\r3,4\r",                /* lone CRs */
		"a,b\n 1 , 2 \n\t3\t,\t4\t\n",    /* blanks trimmed */
		"a,b\n   \n\t\n\n\r\n1,2\n",      /* lines of blanks */
		"a,b\n1\n1,2,3\n,\n,,\n",         /* wrong field counts */
		"a,b\n1,\"2\"\n\"x,y\",3\n4,5\n", /* quoted fields */
		"a,b\n1,x\"y\n2,3\n",             /* a stray quote */
		"a,b\n\xC3\xA9,1\n\xE9,2\n3,4\n", /* UTF-8, then not */
		"a,b\n1,2\r\r\n3,4\n",            /* CR CR LF */
		"a\n\n1\n \n2\n",                 /* one column */
		"a,b\n1,\"2\n3\",4\n5,6\n",       /* a quoted line end */
		"a,b\n1,\x7F\n2,\x01\n",          /* DEL, a control byte */
	};
	static const int delims[] = {0, ',', ';', '\t'};
	/* records of two fields the splitter must leave to libcsv */
	static const struct {
		const char *in;
		size_t maxlen;
		const char *what;
	} not_plain[] = {
		{"x,\"y\"\"z\"\n", 100, "a doubled quote"},
		{"x,\"y\"z\n", 100, "text after a closing quote"},
		{"x,y\"z\"\n", 100, "a quote after text"},
		{"x,\"y\nz\"\n", 100, "a quoted line end"},
		{"x,y", 100, "a record with no line end yet"},
		{"x,y\r", 100, "a CR whose LF is not read yet"},
		{"xyz,y\n", 2, "a field past the limit"},
	};
	char buf[256];
	size_t i, k;
	const char *f[4];
	size_t l[4], nf = 9;
	char rec[16 + CSVFAST_PAD] = " x ,\ty\t\r\n"; /* read CSVFAST_PAD past its end */

	/* the splitter alone, on one record: trimmed, cut in place */
	CHECK(csvfast_record(rec, strlen(rec), ',', 2, 100, f, l, &nf) == 9 && nf == 2 &&
		      strcmp(f[0], "x") == 0 && strcmp(f[1], "y") == 0,
	      "plain record: %zu fields", nf);
	memcpy(buf, "x, \"y, z \" \n", 12);
	CHECK(csvfast_record(buf, 12, ',', 2, 100, f, l, &nf) == 12 && nf == 2 &&
		      strcmp(f[0], "x") == 0 && strcmp(f[1], "y, z ") == 0,
	      "a quoted field: its delimiter and blanks kept, the blanks outside trimmed");
	for (i = 0; i < sizeof not_plain / sizeof *not_plain; i++) {
		size_t n = strlen(not_plain[i].in);
		memcpy(buf, not_plain[i].in, n);
		CHECK(csvfast_record(buf, n, ',', 2, not_plain[i].maxlen, f, l, &nf) == 0 &&
			      memcmp(buf, not_plain[i].in, n) == 0,
		      "%s goes to libcsv, the buffer untouched", not_plain[i].what);
	}
	memcpy(buf, "\"\"\n", 3);
	CHECK(csvfast_record(buf, 3, ',', 1, 100, f, l, &nf) == 3 && nf == 1 && l[0] == 0,
	      "an empty quoted field is a record, not a blank line");
	memcpy(buf, " \t \n", 4);
	CHECK(csvfast_record(buf, 4, ',', 2, 2, f, l, &nf) == 4 && nf == 0, "a line of blanks");

	for (i = 0; i < sizeof edges / sizeof *edges; i++)
		for (k = 0; k < 4; k++) {
			same_both_ways(edges[i], strlen(edges[i]), delims[k], 0);
			same_both_ways(edges[i], strlen(edges[i]), delims[k], 1);
		}
	same_both_ways(S("a,b\nx\0y,1\n2,3\n"), 0, 0);
	for (i = 0; i < 6000; i++) {
		/* every other one with quoted fields: whole, doubled quotes,
		 * unterminated, text after the closing quote */
		size_t n = random_input(buf, sizeof buf, (int)(i % 2));
		same_both_ways(buf, n, delims[next() % 4], (int)(next() % 2));
	}
	CHECK(differed == 0, "%d of %d reads differ", differed, compared);
	return check_done("csvfast");
}
