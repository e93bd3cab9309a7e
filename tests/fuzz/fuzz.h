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
