/* What the libFuzzer harnesses share: the entry point's declaration, an
 * assertion that survives NDEBUG, and a look at every byte of a claim so
 * that the sanitizers see a field that is freed, unterminated or NULL. */
#ifndef WAGESTAT_FUZZ_H
#define WAGESTAT_FUZZ_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input/csvin.h"
#include "model/claim.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* A broken promise of the code under test: report it as a crash. */
#define FUZZ_ASSERT(cond)                                                        \
	do {                                                                     \
		if (!(cond)) {                                                   \
			fprintf(stderr, "%s:%d: broken: %s\n", __FILE__, __LINE__, \
				#cond);                                          \
			abort();                                                 \
		}                                                                \
	} while (0)

/* A running hash of what a reader delivered (FNV-1a), and its rows. */
typedef struct fuzz_digest {
	uint64_t hash;
	unsigned long rows;
} fuzz_digest;

static inline void fuzz_mix(fuzz_digest *d, const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i;

	for (i = 0; i < n; i++)
		d->hash = (d->hash ^ b[i]) * UINT64_C(1099511628211);
}

/* A csvin row callback (ctx a fuzz_digest): every field, NUL-terminated
 * at its length, the field count and the line go into the hash. */
static inline int fuzz_digest_row(void *ctx, const csvin_row *row)
{
	fuzz_digest *d = ctx;
	size_t i;

	for (i = 0; i < row->nfields; i++) {
		FUZZ_ASSERT(row->field[i][row->len[i]] == '\0');
		fuzz_mix(d, row->field[i], row->len[i] + 1);
	}
	fuzz_mix(d, &row->nfields, sizeof row->nfields);
	fuzz_mix(d, &row->line, sizeof row->line);
	d->rows++;
	return 0;
}

/* Bugs found and reported but not fixed yet, each with its reproducer in
 * tests/fuzz/open/: an input that could only find one of them again is
 * skipped, so that fuzzing goes on to find others - unless FUZZ_OPEN is
 * set, as run.sh does to replay tests/fuzz/open/.  None is open now; an
 * open bug adds its test here, and its fix takes it out. */
static inline int fuzz_open_bug(const uint8_t *data, size_t size)
{
	(void)data;
	(void)size;
	return 0;
}

/* Every text field of a claim is a string (perhaps empty), never NULL, and
 * its value a finite amount that is not negative - or, for a comparison
 * (stat CSTAT_NONE) that no reference covers, NaN. */
static inline size_t fuzz_touch_claim(const claim *c)
{
	const char *const text[] = {c->source, c->role,  c->soc_code, c->area,
				    c->period, c->where, c->quote};
	size_t i, n = 0;

	for (i = 0; i < sizeof text / sizeof text[0]; i++) {
		FUZZ_ASSERT(text[i] != NULL);
		n += strlen(text[i]);
	}
	if (!(isfinite(c->value) && c->value >= 0) && !(c->stat == CSTAT_NONE && isnan(c->value))) {
		fprintf(stderr, "claim at %s, stat %d: value %g\n", c->where, c->stat, c->value);
		abort();
	}
	return n;
}

#endif
