#include "base/keymap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

static uint64_t mix(uint64_t h)
{
	h *= 0xBF58476D1CE4E5B9u;
	h ^= h >> 30;
	h *= 0x94D049BB133111EBu;
	return h ^ (h >> 31);
}

typedef struct entry {
	char *key;
	size_t len;
	uint64_t hash;
	size_t old; /* while sorting: its number before */
} entry;

struct keymap {
	entry *e;
	size_t n, alloc;
	uint32_t *slots; /* 0 = empty, else key number + 1 */
	size_t nslots;   /* a power of two */
};


/* A short-key hash: 8 bytes a step, multiply and rotate, then a final mix
 * (the constants are splitmix64's).  A key of 8 bytes or more ends with
 * its last 8 bytes, which may overlap the step before. */
static uint64_t hash_key(const char *s, size_t n)
{
	uint64_t h = 0x9E3779B97F4A7C15u ^ n, w;
	const char *end = s + n;

	if (n < 8)
		return mix(h ^ keymap_tail_word(s, n));
	while (end - s > 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xBF58476D1CE4E5B9u;
		h ^= h >> 31;
		s += 8;
	}
	memcpy(&w, end - 8, 8);
	return mix(h ^ w);
}


keymap *keymap_new(void)
{
	keymap *m = xcalloc(1, sizeof *m);

	m->nslots = 64;
	m->slots = xcalloc(m->nslots, sizeof *m->slots);
	return m;
}

void keymap_free(keymap **mp)
{
	keymap *m = *mp;
	size_t i;

	if (!m)
		return;
	for (i = 0; i < m->n; i++)
		free(m->e[i].key);
	free(m->e);
	free(m->slots);
	free(m);
	*mp = NULL;
}

static void rehash(keymap *m, size_t nslots)
{
	size_t i, mask;

	free(m->slots);
	m->nslots = nslots;
	m->slots = xcalloc(m->nslots, sizeof *m->slots);
	mask = m->nslots - 1;
	for (i = 0; i < m->n; i++) {
		size_t j = (size_t)m->e[i].hash & mask;
		while (m->slots[j])
			j = (j + 1) & mask;
		m->slots[j] = (uint32_t)(i + 1);
	}
}

/* The slot that holds key, or the empty slot where it would go. */
static size_t find(const keymap *m, const char *key, size_t len, uint64_t h)
{
	size_t mask = m->nslots - 1, j = (size_t)h & mask;

	while (m->slots[j]) {
		const entry *e = &m->e[m->slots[j] - 1];
		if (e->hash == h && e->len == len && keymap_same(e->key, key, len))
			break;
		j = (j + 1) & mask;
	}
	return j;
}

size_t keymap_put(keymap *m, const char *key, size_t len, int *added)
{
	uint64_t h = hash_key(key, len);
	size_t j = find(m, key, len, h);
	entry *e;

	if (added)
		*added = !m->slots[j];
	if (m->slots[j])
		return m->slots[j] - 1;
	xgrow(&m->e, &m->alloc, m->n + 1, sizeof *m->e);
	e = &m->e[m->n++];
	e->key = xstrndup(key, len);
	e->len = len;
	e->hash = h;
	m->slots[j] = (uint32_t)m->n;
	if (m->n * 2 > m->nslots)
		rehash(m, m->nslots * 2);
	return m->n - 1;
}

long keymap_get(const keymap *m, const char *key, size_t len)
{
	size_t j = find(m, key, len, hash_key(key, len));

	return m->slots[j] ? (long)m->slots[j] - 1 : -1;
}



size_t keymap_count(const keymap *m) { return m->n; }

const char *keymap_key(const keymap *m, size_t i, size_t *len)
{
	if (len)
		*len = m->e[i].len;
	return m->e[i].key;
}

static int cmp_entry(const void *pa, const void *pb)
{
	const entry *a = pa, *b = pb;
	size_t n = a->len < b->len ? a->len : b->len;
	int c = memcmp(a->key, b->key, n);

	if (c)
		return c;
	return (a->len > b->len) - (a->len < b->len);
}

void keymap_sort(keymap *m, size_t *old_of)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		m->e[i].old = i;
	qsort(m->e, m->n, sizeof *m->e, cmp_entry);
	for (i = 0; i < m->n; i++)
		old_of[i] = m->e[i].old;
	rehash(m, m->nslots); /* the keys moved */
}
