/* The CSV reader over memory.  Each input is read twice: in the default
 * chunk and in chunks of 1 to 13 bytes (by its size).  Both reads must
 * give the same rows, byte for byte, and the same counts: no chunk
 * boundary may be special.  Every field must be NUL-terminated at its
 * length. */
#include "input/csvin.h"

#include "fuzz.h"

static int read_all(const uint8_t *data, size_t size, size_t chunk, fuzz_digest *d,
		    tally *t)
{
	csvin *r = csvin_open_memory("fuzz.csv", (const char *)data, size, 0);
	int res;

	if (chunk)
		csvin_set_chunk_size(r, chunk);
	tally_init(t);
	t->quiet = 1;
	memset(d, 0, sizeof *d);
	res = csvin_read(r, t, fuzz_digest_row, fuzz_digest_row, d);
	csvin_close(&r);
	return res;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_digest whole, bits;
	tally t1, t2;
	int r1 = read_all(data, size, 0, &whole, &t1);
	int r2 = read_all(data, size, 1 + size % 13, &bits, &t2);

	FUZZ_ASSERT(r1 == r2);
	FUZZ_ASSERT(whole.rows == bits.rows && whole.hash == bits.hash);
	FUZZ_ASSERT(t1.read == t2.read && t1.rejected == t2.rejected);
	/* every data row read is delivered or rejected */
	if (r1 == 0)
		FUZZ_ASSERT(t1.read == t1.rejected + (whole.rows ? whole.rows - 1 : 0));
	tally_free(&t1);
	tally_free(&t2);
	return 0;
}
