/* The in-buffer fast path against libcsv alone (csvfast.h).  The first
 * byte picks the delimiter (detected, ',', ';' or tab), whether short rows
 * are padded, and a chunk size (1 to 16 bytes, or the default); the rest
 * is the CSV.  It is read with plain records split in the buffer and
 * again with every record through libcsv: the rows (fields, counts,
 * lines), the counts read and rejected, each rejection's reason and
 * LINE:COL, the result and the line the reader ends on must be the same.
 * A third read, split in the buffer with the fields left unterminated
 * (csvin_set_unterminated), must give the same fields by their lengths. */
#include "input/csvin.h"

#include "fuzz.h"

/* fuzz_digest_row without the NUL: the fields by their lengths. */
static int digest_unterminated(void *ctx, const csvin_row *row)
{
	fuzz_digest *d = ctx;
	size_t i;

	for (i = 0; i < row->nfields; i++) {
		fuzz_mix(d, row->field[i], row->len[i]);
		fuzz_mix(d, "", 1);
	}
	fuzz_mix(d, &row->nfields, sizeof row->nfields);
	fuzz_mix(d, &row->line, sizeof row->line);
	d->rows++;
	return 0;
}

enum { SLOW, FAST, UNTERMINATED };

static void read_one(const uint8_t *data, size_t size, unsigned opts, int how, fuzz_digest *d)
{
	static const int delims[] = {0, ',', ';', '\t'};
	csvin *r = csvin_open_memory("fuzz.csv", (const char *)data, size, delims[opts & 3]);
	unsigned long counts[5];
	size_t i, chunk = (opts >> 3) & 15;
	tally t;

	tally_init(&t);
	t.quiet = 1;
	t.defer = 1;
	memset(d, 0, sizeof *d);
	if (opts & 4)
		csvin_set_pad_short(r);
	if (opts & 128)
		csvin_set_chunk_size(r, chunk + 1);
	csvin_set_fast(r, how != SLOW);
	if (how == UNTERMINATED)
		csvin_set_unterminated(r);
	counts[0] = (unsigned long)csvin_read(r, &t, fuzz_digest_row,
					      how == UNTERMINATED ? digest_unterminated
								  : fuzz_digest_row,
					      d);
	counts[1] = (unsigned long)t.read;
	counts[2] = (unsigned long)t.rejected;
	counts[3] = csvin_line(r);
	counts[4] = (unsigned long)csvin_padded(r);
	fuzz_mix(d, counts, sizeof counts);
	for (i = 0; i < t.nnotes; i++) {
		fuzz_mix(d, &t.notes[i].line, sizeof t.notes[i].line);
		fuzz_mix(d, &t.notes[i].col, sizeof t.notes[i].col);
		fuzz_mix(d, t.notes[i].reason, strlen(t.notes[i].reason));
		if (t.notes[i].detail)
			fuzz_mix(d, t.notes[i].detail, strlen(t.notes[i].detail));
	}
	tally_free(&t);
	csvin_close(&r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_digest fast, slow, bare;

	if (size == 0)
		return 0;
	read_one(data + 1, size - 1, data[0], FAST, &fast);
	read_one(data + 1, size - 1, data[0], SLOW, &slow);
	read_one(data + 1, size - 1, data[0], UNTERMINATED, &bare);
	FUZZ_ASSERT(fast.rows == slow.rows);
	FUZZ_ASSERT(fast.hash == slow.hash);
	FUZZ_ASSERT(bare.rows == slow.rows);
	FUZZ_ASSERT(bare.hash == slow.hash);
	return 0;
}
