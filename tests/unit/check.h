/* A minimal assertion counter for the unit tests: each CHECK is one test;
 * failures print where and what; check_done() prints "N passed, N failed". */
#ifndef WAGESTAT_CHECK_H
#define WAGESTAT_CHECK_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond, ...)                                                      \
	do {                                                                  \
		if (cond) {                                                   \
			check_passed++;                                       \
		} else {                                                      \
			check_failed++;                                       \
			printf("FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond);   \
			printf(__VA_ARGS__);                                  \
			printf("\n");                                         \
		}                                                             \
	} while (0)

/* Relative tolerance, for values computed by another method. */
#define CHECK_NEAR(got, want, rel) check_near(__FILE__, __LINE__, (got), (want), (rel))

static inline void check_near(const char *file, int line, double got, double want,
		       double rel)
{
	if (fabs(got - want) <= rel * fabs(want) || (isnan(got) && isnan(want))) {
		check_passed++;
		return;
	}
	check_failed++;
	printf("FAIL %s:%d: got %.17g, want %.17g\n", file, line, got, want);
}

#define CHECK_STR(got, want)                                                  \
	CHECK(strcmp((got), (want)) == 0, "got \"%s\", want \"%s\"", (got), (want))

static inline int check_done(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
	return check_failed != 0;
}

#endif
