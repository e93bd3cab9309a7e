/* groupnum against a second method: every row's group number compared with
 * the first-seen number of its joined key, found by a linear search over
 * the keys seen so far (no hashing, no dictionaries). */
#include "compute/groupnum.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#define MAXKEYS 6000
#define KEYLEN 320
#define VALLEN 96

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
 * long prefixes and suffixes and differ in length or in one byte, early
 * or late, so that remembered values collide; of 0 to 90 bytes, so that
 * some are longer than groupnum reads at once.  The bytes after its NUL
 * are random: groupnum may read them, and must not heed them. */
static size_t value(char *buf, size_t c, size_t nvalues)
{
	static const char xs[] = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
	size_t v = next_rand() % nvalues, k, n;
	int pad = (int)(v * 7 % 60);

	if (c == 2 && v % 11 == 0)
		n = 0, buf[0] = '\0';
	else if (v % 2)
		n = (size_t)snprintf(buf, VALLEN, "%s%zu%.*s%s", c ? "Registered" : "Nurse", v, pad,
				     xs, v % 3 ? "" : " Technologists");
	else
		n = (size_t)snprintf(buf, VALLEN, "%s%.*s%zu", c ? "Registered" : "Nurse", pad, xs,
				     v);
	for (k = n + 1; k < n + 1 + GROUPNUM_READ; k++)
		buf[k] = (char)next_rand();
	return n;
}

/* rows rows of ncolumns columns, each with nvalues values; every row's
 * group must be the reference's. */
static void run(size_t ncolumns, size_t nvalues, size_t rows)
{
	groupnum *gn = groupnum_new(ncolumns);
	size_t r, c, wrong = 0, added_wrong = 0, before;

	nseen = 0;
	for (r = 0; r < rows; r++) {
		char key[KEYLEN] = "", field[VALLEN + GROUPNUM_READ];
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
