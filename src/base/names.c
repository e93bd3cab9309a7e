#include "base/names.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/keymap.h"
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

struct namemap {
	keymap *names; /* folded names */
	int *value;    /* name i's value */
	size_t alloc;
};

namemap *namemap_new(void)
{
	namemap *m = xcalloc(1, sizeof *m);

	m->names = keymap_new();
	return m;
}

void namemap_free(namemap **mp)
{
	namemap *m = *mp;

	if (!m)
		return;
	keymap_free(&m->names);
	free(m->value);
	free(m);
	*mp = NULL;
}

int namemap_put(namemap *m, const char *name, size_t len, int value)
{
	char folded[256];
	size_t i;
	int added;

	names_fold(name, len, folded, sizeof folded);
	if (!folded[0])
		return 0;
	i = keymap_put(m->names, folded, strlen(folded), &added);
	if (!added)
		return m->value[i] == value ? 0 : -1;
	xgrow(&m->value, &m->alloc, i + 1, sizeof *m->value);
	m->value[i] = value;
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
	long i = keymap_get(m->names, folded, strlen(folded));

	return i < 0 ? -1 : m->value[i];
}
