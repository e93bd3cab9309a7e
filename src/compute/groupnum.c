#include "compute/groupnum.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "base/keymap.h"
#include "base/xalloc.h"

/* The most cells the grid of groups may have (4 MiB of it). */
#define GRID_MAX ((size_t)1 << 20)

/* A group column's dictionary: each value a small number, in first-seen
 * order.  The values met lately, of up to GROUPNUM_READ bytes, are kept
 * in a slot of memo each, picked by their length and first bytes, so that
 * most rows find their number with one multiply and four 16-byte compares,
 * with no branch on the value's length (a length that changes from row to
 * row is a branch the processor guesses wrong). */
#define MEMO_BITS 8
#define MEMO_SLOTS (1u << MEMO_BITS)
typedef struct memo {
	unsigned char key[GROUPNUM_READ]; /* the value, zeros after it */
	uint32_t len; /* UINT32_MAX: an empty slot */
	uint32_t id;
} memo;

typedef struct column_dict {
	keymap *values;
	memo *memo;
} column_dict;

struct groupnum {
	size_t ncolumns;
	column_dict *dict;   /* one a column */
	uint32_t *grid;      /* group + 1 (0: none) at the cell of its numbers,
			      * each column's below its cap; NULL: past
			      * GRID_MAX cells, tuples used instead */
	size_t *cap;         /* each column's cap: a power of two */
	uint32_t *tuple_of;  /* group g's numbers at [g * ncolumns] */
	size_t ntuples, tuple_alloc;
	keymap *tuples;      /* the numbers as bytes, past GRID_MAX */
	uint32_t *ids;       /* this row's numbers */
	uint32_t *prev_ids;  /* the previous row's */
	size_t prev_group;   /* SIZE_MAX: none yet */
};

/* The cells of the grid at the columns' caps; 0 past GRID_MAX. */
static size_t grid_cells(const groupnum *p)
{
	size_t i, cells = 1;

	for (i = 0; i < p->ncolumns; i++) {
		if (p->cap[i] > GRID_MAX / cells)
			return 0;
		cells *= p->cap[i];
	}
	return cells;
}

/* The cell of numbers ids. */
static size_t grid_cell(const groupnum *p, const uint32_t *ids)
{
	size_t i, cell = 0;

	for (i = 0; i < p->ncolumns; i++)
		cell = cell * p->cap[i] + ids[i];
	return cell;
}

/* A grid at the caps holding the groups so far; NULL, and every group put
 * in tuples in its order, when it would pass GRID_MAX cells. */
static uint32_t *grid_new(groupnum *p)
{
	size_t g, n = p->ntuples, cells = grid_cells(p);
	uint32_t *grid;

	if (!cells) {
		for (g = 0; g < n; g++)
			keymap_put(p->tuples, (const char *)(p->tuple_of + g * p->ncolumns),
				   p->ncolumns * sizeof *p->tuple_of, NULL);
		return NULL;
	}
	grid = xcalloc(cells, sizeof *grid);
	for (g = 0; g < n; g++)
		grid[grid_cell(p, p->tuple_of + g * p->ncolumns)] = (uint32_t)g + 1;
	return grid;
}

groupnum *groupnum_new(size_t ncolumns)
{
	groupnum *p = xcalloc(1, sizeof *p);
	size_t i;

	p->ncolumns = ncolumns;
	p->dict = xcalloc(ncolumns + 1, sizeof *p->dict);
	for (i = 0; i < ncolumns; i++) {
		p->dict[i].values = keymap_new();
		p->dict[i].memo = xcalloc(MEMO_SLOTS, sizeof *p->dict[i].memo);
		for (size_t k = 0; k < MEMO_SLOTS; k++)
			p->dict[i].memo[k].len = UINT32_MAX;
	}
	p->tuples = keymap_new();
	p->cap = xcalloc(ncolumns + 1, sizeof *p->cap);
	for (i = 0; i < ncolumns; i++)
		p->cap[i] = 64;
	p->grid = grid_new(p);
	p->ids = xcalloc(ncolumns + 1, sizeof *p->ids);
	p->prev_ids = xcalloc(ncolumns + 1, sizeof *p->prev_ids);
	p->prev_group = SIZE_MAX;
	return p;
}

void groupnum_free(groupnum **gn)
{
	groupnum *p = *gn;
	size_t i;

	if (!p)
		return;
	for (i = 0; i < p->ncolumns; i++) {
		keymap_free(&p->dict[i].values);
		free(p->dict[i].memo);
	}
	free(p->dict);
	keymap_free(&p->tuples);
	free(p->grid);
	free(p->cap);
	free(p->tuple_of);
	free(p->ids);
	free(p->prev_ids);
	free(p);
	*gn = NULL;
}

_Static_assert(GROUPNUM_READ == 64, "a byte a bit of a uint64_t");

/* The bits of field[0..GROUPNUM_READ) equal to e's key, bit k for byte k. */
static uint64_t same_bytes(const memo *e, const char *field)
{
	uint64_t eq = 0;
	size_t k;
#ifdef __SSE2__
	for (k = 0; k < GROUPNUM_READ; k += 16) {
		__m128i a = _mm_loadu_si128((const __m128i *)(const void *)(field + k));
		__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(e->key + k));
		eq |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(a, b)) << k;
	}
#else
	for (k = 0; k < GROUPNUM_READ; k++)
		eq |= (uint64_t)((unsigned char)field[k] == e->key[k]) << k;
#endif
	return eq;
}

/* The low k <= 64 bits set, with no branch on k (which changes from row
 * to row): two shifts, each below 64. */
static uint64_t ones(size_t k)
{
	return ((UINT64_C(1) << (k / 2)) << (k - k / 2)) - 1;
}

/* The number of the value field[0..n) in column dictionary d. */
static uint32_t value_id(column_dict *d, const char *field, size_t n)
{
	uint64_t head, low, want;
	memo *e;

	if (n > GROUPNUM_READ)
		return (uint32_t)keymap_put(d->values, field, n, NULL);
	memcpy(&head, field, 8); /* readable: GROUPNUM_READ bytes are */
	low = ones(8 * (n < 8 ? n : 8));
	e = &d->memo[(((head & low) ^ n) * UINT64_C(0x9E3779B97F4A7C15)) >> (64 - MEMO_BITS)];
	want = ones(n);
	if (e->len == n && (same_bytes(e, field) & want) == want)
		return e->id;
	e->id = (uint32_t)keymap_put(d->values, field, n, NULL);
	e->len = (uint32_t)n;
	memset(e->key, 0, sizeof e->key);
	memcpy(e->key, field, n);
	return e->id;
}

void groupnum_value(groupnum *gn, size_t i, const char *field, size_t n)
{
	gn->ids[i] = value_id(&gn->dict[i], field, n);
}

/* The group of this row's numbers (*added 1 if new): in the grid, which
 * grows a column's cap when a number passes it, or in tuples. */
static size_t group_of(groupnum *p, int *added)
{
	size_t i, g = p->ntuples, cell;

	if (p->grid) {
		for (i = 0; i < p->ncolumns; i++)
			if (p->ids[i] >= p->cap[i]) {
				while (p->ids[i] >= p->cap[i])
					p->cap[i] *= 2;
				free(p->grid);
				p->grid = grid_new(p);
				return group_of(p, added);
			}
		cell = grid_cell(p, p->ids);
		*added = !p->grid[cell];
		if (*added)
			p->grid[cell] = (uint32_t)g + 1;
		else
			g = p->grid[cell] - 1;
	} else {
		g = keymap_put(p->tuples, (const char *)p->ids, p->ncolumns * sizeof *p->ids, added);
	}
	if (*added) {
		xgrow(&p->tuple_of, &p->tuple_alloc, (g + 1) * p->ncolumns + 1, sizeof *p->tuple_of);
		memcpy(p->tuple_of + g * p->ncolumns, p->ids, p->ncolumns * sizeof *p->ids);
		p->ntuples++;
	}
	return g;
}

static int same_ids(const uint32_t *a, const uint32_t *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

size_t groupnum_find(groupnum *gn, int *added)
{
	uint32_t *swap;

	if (gn->prev_group != SIZE_MAX && same_ids(gn->ids, gn->prev_ids, gn->ncolumns)) {
		*added = 0;
		return gn->prev_group;
	}
	gn->prev_group = group_of(gn, added);
	swap = gn->prev_ids;
	gn->prev_ids = gn->ids;
	gn->ids = swap;
	return gn->prev_group;
}
