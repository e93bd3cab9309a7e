/* groupnum against a second method: every row's group number compared with
 * the first-seen number of its joined key, found by a linear search over
 * the keys seen so far (no hashing, no dictionaries). */
#include "compute/groupnum.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#define MAXKEYS 6000
#define KEYLEN 96

static char seen[MAXKEYS][KEYLEN];
static size_t nseen;

/* The first-seen number of key (added if new). */
static size_t reference(const char *key)
{
	size_t i;

	for (i = 0; i < nseen; i++)
		if (strcmp(seen[i], key) == 0)
			return i;
	snprintf(seen[nseen], KEYLEN, "%s", key);
	return nseen++;
}

static unsigned seed = 2024;
static unsigned next_rand(void)
{
	seed = seed * 1103515245u + 12345u;
	return seed >> 8;
}

/* A value of column c: from a vocabulary of nvalues values that share
 * long prefixes and suffixes and differ in length or in one middle
 * byte, so that remembered values collide. */
static size_t value(char *buf, size_t c, size_t nvalues)
{
	size_t v = next_rand() % nvalues;
	return (size_t)snprintf(buf, 32, "%s%zu%s", c ? "Registered" : "Nurse", v,
				v % 3 ? "" : " Technologists");
}

/* rows rows of ncolumns columns, each with nvalues values; every row's
 * group must be the reference's. */
static void run(size_t ncolumns, size_t nvalues, size_t rows)
{
	groupnum *gn = groupnum_new(ncolumns);
	size_t r, c, wrong = 0, added_wrong = 0, before;

	nseen = 0;
	for (r = 0; r < rows; r++) {
		char key[KEYLEN] = "", field[32];
		int added;
		size_t g;
		for (c = 0; c < ncolumns; c++) {
			size_t n = value(field, c, nvalues);
			groupnum_value(gn, c, field, n);
			strcat(key, field);
			strcat(key, "|");
		}
		before = nseen;
		g = groupnum_find(gn, &added);
		wrong += g != reference(key);
		added_wrong += (size_t)added != nseen - before;
	}
	CHECK(wrong == 0, "%zu columns, %zu values: %zu rows in the wrong group", ncolumns,
	      nvalues, wrong);
	CHECK(added_wrong == 0, "%zu rows said new wrongly", added_wrong);
	groupnum_free(&gn);
	CHECK(gn == NULL, "freed");
}

int main(void)
{
	run(0, 1, 10);        /* no group column: one group */
	run(1, 40, 5000);     /* under the grid's first caps */
	run(2, 300, 6000);    /* caps grow past 64 */
	run(3, 120, 6000);    /* 128^3 cells: past the grid, numbers hashed */
	return check_done("groupnum");
}
