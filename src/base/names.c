#include "base/names.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

/* Make the word w[0..n) singular in place; returns the new length. */
static size_t singular(char *w, size_t n)
{
	if (n > 4 && memcmp(w + n - 3, "ies", 3) == 0) {
		w[n - 3] = 'y';
		return n - 2;
	}
	if (n > 4 && (memcmp(w + n - 4, "sses", 4) == 0 ||
		      memcmp(w + n - 4, "ches", 4) == 0 ||
		      memcmp(w + n - 4, "shes", 4) == 0 ||
		      memcmp(w + n - 3, "xes", 3) == 0))
		return n - 2;
	if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
	    w[n - 2] != 'i')
		return n - 1;
	return n;
}

/* Each byte folded: its lower-case form inside a word, 0 between words
 * (a word is letters, digits, '+', '&' and UTF-8 bytes). */
static char fold_of[256];

static void fold_table(void)
{
	int c;

	for (c = 1; c < 256; c++)
		fold_of[c] = isalnum(c) || c == '+' || c == '&' || c >= 0x80 ? (char)tolower(c) : 0;
}

char *names_fold(const char *s, size_t len, char *out, size_t size)
{
	size_t o = 0, i = 0, capitals;

	if (size == 0)
		return out;
	if (!fold_of['a'])
		fold_table();
	while (i < len && o + 1 < size) {
		size_t start;
		while (i < len && !fold_of[(unsigned char)s[i]])
			i++;
		if (i >= len)
			break;
		if (i > 0 && s[i - 1] == '\'' && (s[i] == 's' || s[i] == 'S') &&
		    (i + 1 >= len || !fold_of[(unsigned char)s[i + 1]])) {
			i++; /* a possessive: "nurse's" is "nurse" */
			continue;
		}
		if (o > 0 && o + 1 < size)
			out[o++] = ' ';
		start = o;
		capitals = 0;
		for (; i < len && fold_of[(unsigned char)s[i]]; i++) {
			capitals += s[i] >= 'A' && s[i] <= 'Z';
			if (o + 1 < size)
				out[o++] = fold_of[(unsigned char)s[i]];
		}
		/* an acronym's plural: "RNs", "NPs" */
		if (o - start >= 3 && capitals == o - start - 1 && s[i - 1] == 's')
			o--;
		else
			o = start + singular(out + start, o - start);
	}
	out[o] = '\0';
	return out;
}

typedef struct entry {
	char *name;
	int value;
} entry;

struct namemap {
	entry *slots;
	size_t nslots, used;
};

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603u; /* FNV-1a */

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

namemap *namemap_new(void)
{
	namemap *m = xcalloc(1, sizeof *m);

	m->nslots = 256;
	m->slots = xcalloc(m->nslots, sizeof *m->slots);
	return m;
}

void namemap_free(namemap **mp)
{
	namemap *m = *mp;
	size_t i;

	if (!m)
		return;
	for (i = 0; i < m->nslots; i++)
		free(m->slots[i].name);
	free(m->slots);
	free(m);
	*mp = NULL;
}

static entry *find(const namemap *m, const char *folded)
{
	size_t j = (size_t)hash(folded) & (m->nslots - 1);

	while (m->slots[j].name && strcmp(m->slots[j].name, folded) != 0)
		j = (j + 1) & (m->nslots - 1);
	return &m->slots[j];
}

static void grow(namemap *m)
{
	entry *old = m->slots;
	size_t n = m->nslots, i;

	m->nslots *= 2;
	m->slots = xcalloc(m->nslots, sizeof *m->slots);
	for (i = 0; i < n; i++)
		if (old[i].name)
			*find(m, old[i].name) = old[i];
	free(old);
}

int namemap_put(namemap *m, const char *name, size_t len, int value)
{
	char folded[256];
	entry *e;

	names_fold(name, len, folded, sizeof folded);
	if (!folded[0])
		return 0;
	e = find(m, folded);
	if (e->name)
		return e->value == value ? 0 : -1;
	e->name = xstrdup(folded);
	e->value = value;
	if (++m->used * 2 > m->nslots)
		grow(m);
	return 0;
}

int namemap_get(const namemap *m, const char *name, size_t len)
{
	char folded[256];

	names_fold(name, len, folded, sizeof folded);
	return namemap_get_folded(m, folded);
}

int namemap_get_folded(const namemap *m, const char *folded)
{
	const entry *e = find(m, folded);

	return e->name ? e->value : -1;
}
