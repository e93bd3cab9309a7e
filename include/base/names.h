/* names: folding the names people write so that "Medical Assistants",
 * "medical assistant" and "MEDICAL-ASSISTANT" meet, and a map from folded
 * names to numbers for the dictionaries. */
#ifndef WAGESTAT_NAMES_H
#define WAGESTAT_NAMES_H

#include <stddef.h>

/* Lower case, every run of spaces and punctuation (but '+' and '&') one
 * space, each word made singular (technologists -> technologist, therapies
 * -> therapy, nurses -> nurse; not -ss, -us, -is words).  Writes at most
 * size-1 bytes into out and returns out. */
char *names_fold(const char *s, size_t len, char *out, size_t size);

typedef struct namemap namemap;

namemap *namemap_new(void);
void namemap_free(namemap **m);
/* Map the folded form of name to value; returns 0, or -1 (leaving the map
 * as it was) if the name already maps to a different value. */
int namemap_put(namemap *m, const char *name, size_t len, int value);
/* The value of name's folded form, or -1. */
int namemap_get(const namemap *m, const char *name, size_t len);
/* The value of a name already folded by names_fold, or -1. */
int namemap_get_folded(const namemap *m, const char *folded);

#endif
