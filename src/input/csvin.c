#include "input/csvin.h"

#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/diag.h"
#include "base/infile.h"
#include "base/xalloc.h"
#include "input/csvfast.h"
#include "input/utf8.h"

_Static_assert(CSVIN_PAD >= CSVFAST_PAD, "the splitter reads past a buffer's data");

#define CHUNK_SIZE (1u << 18)
/* files smaller than this are read by one thread */
#define SPLIT_MIN (8 << 20)
/* libcsv grows its field buffer linearly by this much; the default (128)
 * would make a 10 MB field cost tens of thousands of reallocations. */
#define FIELD_BLOCK (64u * 1024)
#define PARSER_OPTIONS (CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL)

struct csvin {
	char *path;
	const char *name;
	int fd;
	int delim;
	size_t chunk_size;
	off_t range_pos, range_end; /* bytes to read; range_end < 0: all */
	const char *mem;            /* reading from memory instead of fd */
	size_t mem_len, mem_pos;
	struct csv_parser parser;

	/* the record being assembled: fields copied end to end, NUL after each */
	char *bytes;
	size_t nbytes, bytes_alloc;
	size_t *start, *len;
	const char **field;
	size_t nfields, fields_alloc;
	const char *bad_reason; /* first structural problem in this record */
	unsigned long bad_col;
	char bad_detail[64];

	unsigned long line;     /* line the parser is on, 1-based */
	unsigned long row_line; /* line the current record started on */
	int after_cr;           /* last record end was a CR: a LF may follow */
	size_t header_nfields;
	int have_header;
	int pad_short;               /* accept rows short of trailing fields */
	int slow;                    /* every record through libcsv */
	int unterminated;            /* rows' fields need no NUL */
	unsigned long long padded;   /* rows so padded */

	tally *tally;
	csvin_fn on_header, on_row;
	void *ctx;
	int stop; /* nonzero value a callback returned */
	size_t nread; /* bytes read from the file so far */
};

static void parser_start(csvin *r)
{
	if (csv_init(&r->parser, PARSER_OPTIONS) != 0) {
		diag("cannot initialise the CSV parser");
		exit(EXIT_USAGE);
	}
	csv_set_blk_size(&r->parser, FIELD_BLOCK);
	/* libcsv trims spaces and tabs around unquoted fields, and checks for
	 * the delimiter first, so a tab delimiter still works. */
	csv_set_delim(&r->parser, (unsigned char)r->delim);
}

/* A reader of fd (-1: of memory) named path in messages. */
static csvin *reader_new(const char *path, int fd, int delim)
{
	csvin *r = xcalloc(1, sizeof *r);

	r->path = xstrdup(path);
	r->name = fd == STDIN_FILENO ? "<stdin>" : r->path;
	r->fd = fd;
	r->delim = delim;
	r->chunk_size = CHUNK_SIZE;
	r->range_end = -1;
	r->line = 1;
	return r;
}

/* Does the file begin as a workbook does: a zip (.xlsx, .ods) or an OLE
 * compound file (.xls)?  Read in place, so a pipe is never asked. */
static int is_workbook(int fd)
{
	unsigned char b[4];

	if (pread(fd, b, sizeof b, 0) != (ssize_t)sizeof b)
		return 0;
	return memcmp(b, "PK\x03\x04", 4) == 0 || memcmp(b, "\xD0\xCF\x11\xE0", 4) == 0;
}

csvin *csvin_open(const char *path, int delim)
{
	int fd;

	if ((fd = infile_open(path)) < 0)
		return NULL;
	if (is_workbook(fd)) {
		diag("%s: this is a workbook: convert it, or use import", path);
		if (fd != STDIN_FILENO)
			close(fd);
		return NULL;
	}
	return reader_new(path, fd, delim);
}

csvin *csvin_open_memory(const char *name, const char *data, size_t len, int delim)
{
	csvin *r = reader_new(name, -1, delim);

	r->mem = data;
	r->mem_len = len;
	return r;
}

void csvin_close(csvin **rp)
{
	csvin *r = *rp;

	if (!r)
		return;
	if (r->fd != STDIN_FILENO && r->fd >= 0)
		close(r->fd);
	free(r->path);
	free(r->bytes);
	free(r->start);
	free(r->len);
	free(r->field);
	free(r);
	*rp = NULL;
}

const char *csvin_name(const csvin *r) { return r->name; }
void csvin_set_name(csvin *r, const char *name)
{
	free(r->path);
	r->path = xstrdup(name);
	r->name = r->path;
}
void csvin_set_chunk_size(csvin *r, size_t size) { r->chunk_size = size ? size : 1; }
void csvin_set_pad_short(csvin *r) { r->pad_short = 1; }
void csvin_set_fast(csvin *r, int on) { r->slow = !on; }
void csvin_set_unterminated(csvin *r) { r->unterminated = 1; }
unsigned long long csvin_padded(const csvin *r) { return r->padded; }
int csvin_delim(const csvin *r) { return r->delim; }

int csvin_parse_delim(const char *arg)
{
	if (strcmp(arg, "tab") == 0 || strcmp(arg, "TAB") == 0 ||
	    strcmp(arg, "\\t") == 0 || strcmp(arg, "\t") == 0)
		return '\t';
	if (strlen(arg) == 1 && strchr(",;|", arg[0]))
		return (unsigned char)arg[0];
	return -1;
}

/* --- libcsv callbacks -------------------------------------------------- */

static void reset_record(csvin *r)
{
	r->nfields = 0;
	r->nbytes = 0;
	r->bad_reason = NULL;
}

/* A field past the limit: said where it starts, and reading stops (exit 1). */
static void field_too_long(csvin *r)
{
	char lim[32];

	diag_at(r->name, r->nfields ? r->row_line : r->line, r->nfields + 1,
		"field longer than %s (raise it with --max-field)",
		infile_size_text(infile_max_field, lim, sizeof lim));
	r->stop = -1;
}

/* Grow *buf to hold n bytes and CSVIN_PAD more past them, all defined. */
static void grow_padded(char **buf, size_t *alloc, size_t n)
{
	size_t had = *alloc;

	xgrow(buf, alloc, n + CSVIN_PAD, 1);
	memset(*buf + had, 0, *alloc - had);
}

static void on_field(void *data, size_t len, void *vr)
{
	csvin *r = vr;
	const unsigned char *s = data;
	size_t bad;

	if (r->stop)
		return;
	if (r->nfields == 0)
		r->row_line = r->line;
	if (len > infile_max_field) {
		field_too_long(r);
		return;
	}
	if (!utf8_scan(s, len, &r->line, &bad) && !r->bad_reason) {
		r->bad_reason = s[bad] ? "invalid UTF-8" : "NUL byte in field";
		r->bad_col = r->nfields + 1;
		snprintf(r->bad_detail, sizeof r->bad_detail,
			 "byte 0x%02X at offset %zu", s[bad], bad);
	}
	if (r->nbytes + len + 1 + CSVIN_PAD > r->bytes_alloc)
		grow_padded(&r->bytes, &r->bytes_alloc, r->nbytes + len + 1);
	if (r->nfields == r->fields_alloc) {
		size_t a = r->fields_alloc;
		xgrow(&r->start, &a, r->nfields + 1, sizeof *r->start);
		a = r->fields_alloc;
		xgrow(&r->len, &a, r->nfields + 1, sizeof *r->len);
		a = r->fields_alloc;
		xgrow(&r->field, &a, r->nfields + 1, sizeof *r->field);
		r->fields_alloc = a;
	}
	if (len)
		memcpy(r->bytes + r->nbytes, s, len);
	r->bytes[r->nbytes + len] = '\0';
	r->start[r->nfields] = r->nbytes;
	r->len[r->nfields] = len;
	r->nfields++;
	r->nbytes += len + 1;
}

static void deliver(csvin *r)
{
	csvin_row row;
	size_t i;

	for (i = 0; i < r->nfields; i++)
		r->field[i] = r->bytes + r->start[i];
	row.nfields = r->nfields;
	row.field = r->field;
	row.len = r->len;
	row.line = r->row_line;

	if (!r->have_header) {
		r->have_header = 1;
		r->header_nfields = r->nfields;
		if (r->bad_reason) {
			diag_at(r->name, r->row_line, r->bad_col,
				"header: %s: %s", r->bad_reason, r->bad_detail);
			r->stop = -1;
			return;
		}
		r->stop = r->on_header(r->ctx, &row);
		return;
	}
	r->tally->read++;
	if (r->bad_reason) {
		tally_reject(r->tally, r->name, r->row_line, r->bad_col,
			     r->bad_reason, r->bad_detail);
	} else if (r->nfields < r->header_nfields && r->pad_short) {
		/* spreadsheet exports drop trailing empty cells */
		while (r->nfields < r->header_nfields)
			on_field((void *)"", 0, r);
		for (i = 0; i < r->nfields; i++)
			r->field[i] = r->bytes + r->start[i];
		row.nfields = r->nfields;
		row.field = r->field;
		row.len = r->len;
		r->padded++;
		r->stop = r->on_row(r->ctx, &row);
	} else if (r->nfields != r->header_nfields) {
		char detail[64];
		snprintf(detail, sizeof detail, "expected %zu, found %zu",
			 r->header_nfields, r->nfields);
		tally_reject(r->tally, r->name, r->row_line,
			     (r->nfields < r->header_nfields ? r->nfields
							     : r->header_nfields) + 1,
			     "wrong number of fields", detail);
	} else {
		r->stop = r->on_row(r->ctx, &row);
	}
}

static void on_record_end(int c, void *vr)
{
	csvin *r = vr;

	if (r->stop)
		return;
	if (c == '\n' && r->nfields == 0 && r->after_cr) {
		r->after_cr = 0; /* the LF of a CRLF already counted */
		return;
	}
	r->after_cr = c == '\r';
	if (r->nfields > 0)
		deliver(r);
	reset_record(r);
	if (c == '\n' || c == '\r')
		r->line++;
}

/* --- reading ----------------------------------------------------------- */

/* The most of the input read to find the first record's end. */
#define FIRST_RECORD_MAX 65536

/* Scan s[0..n) for a line end outside quotes, *quoted carrying whether a
 * quote is open from the bytes before: 1 if found. */
static int record_ends(const char *s, size_t n, int *quoted)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] == '"')
			*quoted = !*quoted;
		else if (!*quoted && (s[i] == '\n' || s[i] == '\r'))
			return 1;
	}
	return 0;
}

/* Pick the delimiter that occurs most often, outside quotes, in the first
 * record (at most FIRST_RECORD_MAX bytes, however much was read). */
static int detect_delim(const char *s, size_t n)
{
	static const char candidates[] = ",\t;|";
	size_t count[4] = {0, 0, 0, 0};
	int quoted = 0, best = 0, k;
	size_t i;

	if (n > FIRST_RECORD_MAX)
		n = FIRST_RECORD_MAX;
	for (i = 0; i < n && (quoted || (s[i] != '\n' && s[i] != '\r')); i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (!quoted)
			for (k = 0; k < 4; k++)
				if (s[i] == candidates[k])
					count[k]++;
	}
	for (k = 1; k < 4; k++)
		if (count[k] > count[best])
			best = k;
	return candidates[best];
}

/* Count line ends in s[0..n) the way on_record_end does. */
static unsigned long count_lines(const char *s, size_t n)
{
	unsigned long lines = 0;
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= n || s[i + 1] != '\n')))
			lines++;
	return lines;
}

/* The line end that closes a line skipped after a parse error: the next
 * line begins, and a LF there is a blank line, not the end of a CRLF
 * whose CR ended the record before the skipped one. */
static void end_skipped_line(csvin *r)
{
	r->line++;
	r->after_cr = 0;
}

/* A strict-mode parse error at buf[at]: reject the record, then skip to
 * the end of its line and start a fresh parser there.  Returns how many
 * bytes of buf were consumed, or n if the line goes on past this chunk
 * (*skipping is then set). */
static size_t recover(csvin *r, const char *buf, size_t n, size_t at,
		      int *skipping)
{
	const char *nl;
	char detail[64], q[16];

	if (r->nfields == 0)
		r->row_line = r->line;
	r->line += count_lines((const char *)r->parser.entry_buf,
			       r->parser.entry_pos);
	if (buf[at] == '"')
		snprintf(detail, sizeof detail, "quote inside an unquoted field");
	else
		snprintf(detail, sizeof detail, "'%s' after a closing quote",
			 diag_quote(q, sizeof q, buf + at, 1));
	if (r->have_header) {
		r->tally->read++;
		tally_reject(r->tally, r->name, r->row_line, r->nfields + 1,
			     "malformed quoting", detail);
	} else {
		diag_at(r->name, r->row_line, r->nfields + 1,
			"header: malformed quoting: %s", detail);
		r->stop = -1;
	}
	reset_record(r);
	csv_free(&r->parser);
	parser_start(r);
	nl = memchr(buf + at, '\n', n - at);
	if (!nl) {
		*skipping = 1;
		return n;
	}
	end_skipped_line(r);
	return (size_t)(nl - buf) + 1;
}

/* Input past the limit: said, and read no further (exit 1). */
static ssize_t input_too_long(csvin *r)
{
	char lim[32];

	diag("%s: input longer than %s (raise it with --max-input)", r->name,
	     infile_size_text(infile_max_input, lim, sizeof lim));
	r->stop = -1;
	return 0;
}

static ssize_t read_chunk(csvin *r, char *buf, size_t size)
{
	if (r->mem && (r->mem_pos < r->mem_len || r->fd < 0)) {
		size_t n = r->mem_len - r->mem_pos;
		if (n > size)
			n = size;
		memcpy(buf, r->mem + r->mem_pos, n);
		r->mem_pos += n;
		return (ssize_t)n;
	}
	if (r->range_end >= 0) {
		if (r->range_pos >= r->range_end)
			return 0;
		if ((off_t)size > r->range_end - r->range_pos)
			size = (size_t)(r->range_end - r->range_pos);
	}
	for (;;) {
		ssize_t got = read(r->fd, buf, size);
		if (got >= 0 || errno != EINTR) {
			if (got > 0)
				r->range_pos += got;
			if (got > 0 && (r->nread += (size_t)got) > infile_max_input)
				return input_too_long(r);
			return got;
		}
	}
}

int csvin_set_range(csvin *r, off_t start, off_t end, size_t header_nfields)
{
	if (r->fd == STDIN_FILENO || lseek(r->fd, start, SEEK_SET) != start)
		return -1;
	r->range_pos = start;
	r->range_end = end;
	if (start > 0) {
		/* the header was read elsewhere: this range holds data rows only */
		r->have_header = 1;
		r->header_nfields = header_nfields;
	}
	return 0;
}

void csvin_set_block(csvin *r, int first, int last, size_t header_nfields)
{
	if (!first) {
		r->have_header = 1;
		r->header_nfields = header_nfields;
	}
	if (!last)
		r->range_end = 0; /* a range, not the end: its last record is not finished */
}

void csvin_continue_fd(csvin *r, int fd, size_t nread, unsigned long line)
{
	r->fd = fd;
	r->nread = nread;
	r->line = line;
}

unsigned long csvin_line(const csvin *r) { return r->line; }

int csvin_between_records(const csvin *r)
{
	/* libcsv's state 0 is "row not begun" */
	return r->nfields == 0 && r->parser.pstate == 0;
}

/* The first line start after at in fd (size bytes), or size. */
static off_t line_start_after(int fd, off_t at, off_t size)
{
	char buf[4096];
	ssize_t got;

	while (at < size && (got = pread(fd, buf, sizeof buf, at)) > 0) {
		const char *nl = memchr(buf, '\n', (size_t)got);
		if (nl)
			return at + (nl - buf) + 1;
		at += got;
	}
	return size;
}

size_t csvin_split(const char *path, size_t n, off_t *start)
{
	struct stat st;
	size_t k, parts = 1;
	int fd = open(path, O_RDONLY);

	start[0] = 0;
	if (fd < 0)
		return 0;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size < SPLIT_MIN) {
		close(fd);
		return 1;
	}
	for (k = 1; k < n; k++) {
		off_t at = line_start_after(fd, (off_t)((double)st.st_size * (double)k / (double)n),
					    st.st_size);
		if (at > start[parts - 1] && at < st.st_size)
			start[parts++] = at;
	}
	close(fd);
	return parts;
}

/* csv_fini failed: only an unterminated quote does that here. */
static void unterminated(csvin *r)
{
	if (r->nfields == 0)
		r->row_line = r->line;
	if (r->have_header) {
		r->tally->read++;
		tally_reject(r->tally, r->name, r->row_line, r->nfields + 1,
			     "unterminated quoted field", NULL);
	} else {
		diag_at(r->name, r->row_line, r->nfields + 1,
			"header: unterminated quoted field");
		r->stop = -1;
	}
}

/* Deliver the plain records at the start of buf[0..n) split in place
 * (csvfast.h); returns the bytes they took.  libcsv is between records
 * before and after them, as it would be had it read them. */
static size_t fast_records(csvin *r, char *buf, size_t n)
{
	size_t pos = 0, nf, used;
	csvin_row row;
	csvfast f;

	if (r->fields_alloc < r->header_nfields) {
		size_t a = r->fields_alloc;
		xgrow(&r->start, &a, r->header_nfields, sizeof *r->start);
		a = r->fields_alloc;
		xgrow(&r->len, &a, r->header_nfields, sizeof *r->len);
		a = r->fields_alloc;
		xgrow(&r->field, &a, r->header_nfields, sizeof *r->field);
		r->fields_alloc = a;
	}
	row.field = r->field;
	row.len = r->len;
	csvfast_start(&f, buf, n, r->delim);
	f.terminate = !r->unterminated;
	while (!r->stop && (used = csvfast_next(&f, r->header_nfields, infile_max_field, r->field,
						r->len, &nf)) > 0) {
		pos += used;
		row.line = r->line++;
		if (!nf)
			continue; /* a blank line */
		row.nfields = nf;
		r->tally->read++;
		r->stop = r->on_row(r->ctx, &row);
	}
	return pos;
}

/* Parse buf[0..n), recovering from malformed quoting: plain records
 * split in place, the others (and all, when slow) read by libcsv a line at
 * a time until it is between records again. */
static void feed(csvin *r, char *buf, size_t n, int *skipping)
{
	size_t pos = 0;

	while (pos < n && !r->stop) {
		size_t done, len = n - pos;

		if (*skipping) {
			const char *nl = memchr(buf + pos, '\n', n - pos);
			if (!nl)
				return;
			*skipping = 0;
			end_skipped_line(r);
			pos = (size_t)(nl - buf) + 1;
			continue;
		}
		if (!r->slow) {
			const char *nl;
			if (r->have_header && !r->after_cr && r->nfields == 0 &&
			    r->parser.pstate == 0)
				pos += fast_records(r, buf + pos, n - pos);
			if (pos >= n || r->stop)
				return;
			nl = memchr(buf + pos, '\n', n - pos);
			len = nl ? (size_t)(nl - (buf + pos)) + 1 : n - pos;
		}
		done = csv_parse(&r->parser, buf + pos, len, on_field, on_record_end, r);
		if (!r->stop && r->parser.entry_pos > infile_max_field)
			field_too_long(r); /* a field still growing: /dev/zero */
		if (r->stop)
			return;
		pos += done;
		if (done == len)
			continue;
		if (csv_error(&r->parser) != CSV_EPARSE) {
			diag_at(r->name, r->line, r->nfields + 1, "%s",
				csv_strerror(csv_error(&r->parser)));
			r->stop = -1;
			return;
		}
		pos += recover(r, buf + pos, n - pos, 0, skipping);
	}
}

/* The start of the input, up to the end of its first record - the first
 * line end outside quotes - or FIRST_RECORD_MAX bytes: enough to see a
 * byte-order mark and pick the delimiter, whatever the chunk size.
 * Returns its length, 0 at an empty input, -1 on a read error. */
static ssize_t read_first_line(csvin *r, char **buf, size_t *alloc)
{
	size_t n = 0;
	int quoted = 0;

	for (;;) {
		ssize_t got;
		grow_padded(buf, alloc, n + r->chunk_size);
		got = read_chunk(r, *buf + n, r->chunk_size);
		if (got < 0)
			return -1;
		if (got == 0)
			return (ssize_t)n;
		if (record_ends(*buf + n, (size_t)got, &quoted) ||
		    n + (size_t)got >= FIRST_RECORD_MAX)
			return (ssize_t)(n + (size_t)got);
		n += (size_t)got;
	}
}

int csvin_read(csvin *r, tally *t, csvin_fn on_header, csvin_fn on_row,
	       void *ctx)
{
	char *buf = NULL;
	size_t alloc = 0, skip = 0;
	int skipping = 0;
	ssize_t got = 0;

	r->tally = t;
	r->on_header = on_header;
	r->on_row = on_row;
	r->ctx = ctx;

	if (r->have_header) {
		/* a later range of a file whose header was read already */
		parser_start(r);
		grow_padded(&buf, &alloc, r->chunk_size);
		while (!r->stop && (got = read_chunk(r, buf, r->chunk_size)) > 0)
			feed(r, buf, (size_t)got, &skipping);
		if (!r->stop && got < 0) {
			diag("%s: read error: %s", r->name, strerror(errno));
			r->stop = EXIT_USAGE; /* a system error, not the data's */
		}
		if (!r->stop && r->range_end < 0 &&
		    csv_fini(&r->parser, on_field, on_record_end, r) != 0)
			unterminated(r);
		csv_free(&r->parser);
		free(buf);
		return r->stop;
	}
	got = read_first_line(r, &buf, &alloc);
	if (got == 0 && r->stop) {
		free(buf);
		return r->stop; /* past a limit, said already */
	}
	if (got == 0) {
		diag("%s: empty file: no header row", r->name);
		free(buf);
		return -1;
	}
	if (got > 0) {
		if (got >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
			skip = 3;
		if (!r->delim)
			r->delim = detect_delim(buf + skip, (size_t)got - skip);
		parser_start(r);
		feed(r, buf + skip, (size_t)got - skip, &skipping);
		while (!r->stop && (got = read_chunk(r, buf, r->chunk_size)) > 0)
			feed(r, buf, (size_t)got, &skipping);
	} else {
		parser_start(r);
	}
	if (!r->stop && got < 0) {
		diag("%s: read error: %s", r->name, strerror(errno));
		r->stop = EXIT_USAGE; /* a system error, not the data's */
	}
	if (!r->stop) {
		if (r->range_end < 0 &&
		    csv_fini(&r->parser, on_field, on_record_end, r) != 0)
			unterminated(r);
		if (!r->have_header && !r->stop) {
			diag("%s: empty file: no header row", r->name);
			r->stop = -1;
		}
	}
	csv_free(&r->parser);
	free(buf);
	return r->stop;
}

/* --- columns ----------------------------------------------------------- */

static int same_name(const char *a, size_t alen, const char *b)
{
	size_t blen;

	while (alen && (*a == ' ' || *a == '\t'))
		a++, alen--;
	while (alen && (a[alen - 1] == ' ' || a[alen - 1] == '\t'))
		alen--;
	while (*b == ' ' || *b == '\t')
		b++;
	blen = strlen(b);
	while (blen && (b[blen - 1] == ' ' || b[blen - 1] == '\t'))
		blen--;
	return alen == blen && strncasecmp(a, b, alen) == 0;
}

long csvin_column(const csvin_row *header, const char *spec)
{
	size_t i;
	char *end;
	long n;

	for (i = 0; i < header->nfields; i++)
		if (same_name(header->field[i], header->len[i], spec))
			return (long)i;
	errno = 0;
	n = strtol(spec, &end, 10);
	if (end != spec && *end == '\0' && errno == 0 && n >= 1 &&
	    (size_t)n <= header->nfields)
		return n - 1;
	return -1;
}
