#include "compute/summary.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

typedef struct group {
	char *key;
	size_t keylen;
	uint64_t hash;
	stats_acc acc;
} group;

struct summary {
	group *groups;
	size_t ngroups, groups_alloc;
	uint32_t *slots; /* 0 = empty, else group index + 1 */
	size_t nslots;   /* a power of two */
};

/* A short-key hash: 8 bytes a step, multiply and rotate, then a final mix
 * (the constants are splitmix64's). */
static uint64_t hash_key(const char *s, size_t n)
{
	uint64_t h = 0x9E3779B97F4A7C15u ^ n;

	while (n >= 8) {
		uint64_t w;
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xBF58476D1CE4E5B9u;
		h ^= h >> 31;
		s += 8;
		n -= 8;
	}
	if (n) {
		uint64_t w = 0;
		memcpy(&w, s, n);
		h = (h ^ w) * 0xBF58476D1CE4E5B9u;
	}
	h ^= h >> 30;
	h *= 0x94D049BB133111EBu;
	h ^= h >> 31;
	return h;
}

summary *summary_new(void)
{
	summary *s = xcalloc(1, sizeof *s);

	s->nslots = 64;
	s->slots = xcalloc(s->nslots, sizeof *s->slots);
	return s;
}

void summary_free(summary **sp)
{
	summary *s = *sp;
	size_t i;

	if (!s)
		return;
	for (i = 0; i < s->ngroups; i++) {
		free(s->groups[i].key);
		stats_acc_free(&s->groups[i].acc);
	}
	free(s->groups);
	free(s->slots);
	free(s);
	*sp = NULL;
}

static void rehash(summary *s, size_t nslots)
{
	size_t i, mask;

	free(s->slots);
	s->nslots = nslots;
	s->slots = xcalloc(s->nslots, sizeof *s->slots);
	mask = s->nslots - 1;
	for (i = 0; i < s->ngroups; i++) {
		size_t j = (size_t)s->groups[i].hash & mask;
		while (s->slots[j])
			j = (j + 1) & mask;
		s->slots[j] = (uint32_t)(i + 1);
	}
}

stats_acc *summary_group(summary *s, const char *key, size_t keylen)
{
	uint64_t h = hash_key(key, keylen);
	size_t mask = s->nslots - 1, j = (size_t)h & mask;
	group *g;

	while (s->slots[j]) {
		g = &s->groups[s->slots[j] - 1];
		if (g->hash == h && g->keylen == keylen &&
		    memcmp(g->key, key, keylen) == 0)
			return &g->acc;
		j = (j + 1) & mask;
	}
	xgrow(&s->groups, &s->groups_alloc, s->ngroups + 1, sizeof *s->groups);
	g = &s->groups[s->ngroups++];
	g->key = xstrndup(key, keylen);
	g->keylen = keylen;
	g->hash = h;
	stats_acc_init(&g->acc);
	s->slots[j] = (uint32_t)s->ngroups;
	if (s->ngroups * 2 > s->nslots)
		rehash(s, s->nslots * 2);
	return &g->acc;
}

size_t summary_count(const summary *s) { return s->ngroups; }

const char *summary_key(const summary *s, size_t i, size_t *keylen)
{
	if (keylen)
		*keylen = s->groups[i].keylen;
	return s->groups[i].key;
}

stats_acc *summary_acc(summary *s, size_t i) { return &s->groups[i].acc; }

static int cmp_group(const void *pa, const void *pb)
{
	const group *a = pa, *b = pb;
	size_t n = a->keylen < b->keylen ? a->keylen : b->keylen;
	int c = memcmp(a->key, b->key, n);

	if (c)
		return c;
	return (a->keylen > b->keylen) - (a->keylen < b->keylen);
}

void summary_sort(summary *s)
{
	qsort(s->groups, s->ngroups, sizeof *s->groups, cmp_group);
	rehash(s, s->nslots); /* the groups moved */
}
