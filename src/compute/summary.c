#include "compute/summary.h"

#include <stdlib.h>
#include <string.h>

#include "base/keymap.h"
#include "base/xalloc.h"

struct summary {
	keymap *keys;   /* group i is key i */
	stats_acc *acc; /* group i's accumulator */
	size_t alloc;
};

summary *summary_new(void)
{
	summary *s = xcalloc(1, sizeof *s);

	s->keys = keymap_new();
	return s;
}

void summary_free(summary **sp)
{
	summary *s = *sp;
	size_t i;

	if (!s)
		return;
	for (i = 0; i < keymap_count(s->keys); i++)
		stats_acc_free(&s->acc[i]);
	keymap_free(&s->keys);
	free(s->acc);
	free(s);
	*sp = NULL;
}

size_t summary_index(summary *s, const char *key, size_t keylen)
{
	int added;
	size_t i = keymap_put(s->keys, key, keylen, &added);

	if (added) {
		xgrow(&s->acc, &s->alloc, i + 1, sizeof *s->acc);
		stats_acc_init(&s->acc[i]);
	}
	return i;
}

stats_acc *summary_group(summary *s, const char *key, size_t keylen)
{
	size_t i = summary_index(s, key, keylen); /* may move acc */

	return &s->acc[i];
}

size_t summary_count(const summary *s) { return keymap_count(s->keys); }

const char *summary_key(const summary *s, size_t i, size_t *keylen)
{
	return keymap_key(s->keys, i, keylen);
}

stats_acc *summary_acc(summary *s, size_t i) { return &s->acc[i]; }

void summary_sort(summary *s)
{
	size_t i, n = keymap_count(s->keys);
	size_t *old_of = xmalloc((n + 1) * sizeof *old_of);
	stats_acc *acc = xmalloc((n + 1) * sizeof *acc);

	keymap_sort(s->keys, old_of);
	for (i = 0; i < n; i++)
		acc[i] = s->acc[old_of[i]];
	free(s->acc);
	s->acc = acc;
	s->alloc = n + 1;
	free(old_of);
}
