/* keymap: the program's one hash table.  It numbers byte strings (keys,
 * which may hold NUL bytes) 0, 1, 2 ... in the order they were first put,
 * so that a caller keeps what it knows of each key in a plain array
 * indexed by that number.  Open addressing with linear probing; the table
 * doubles when half full. */
#ifndef WAGESTAT_KEYMAP_H
#define WAGESTAT_KEYMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct keymap keymap;

keymap *keymap_new(void);
void keymap_free(keymap **m);

/* The number of key[0..len), given it if new (*added is then 1). */
size_t keymap_put(keymap *m, const char *key, size_t len, int *added);
/* The number of key[0..len), or -1 if it was never put. */
long keymap_get(const keymap *m, const char *key, size_t len);

/* a[0..n) == b[0..n), for short keys faster than memcmp: words compared,
 * the last one overlapping. */
int keymap_same(const char *a, const char *b, size_t n);
/* The first min(n, 8) bytes of s as a word (the rest zero). */
uint64_t keymap_word(const char *s, size_t n);

size_t keymap_count(const keymap *m);
/* Key i (a copy owned by the map, NUL-terminated) and its length; valid
 * until the map is freed. */
const char *keymap_key(const keymap *m, size_t i, size_t *len);

/* Number the keys again in byte order (a shorter key before a longer one
 * that begins with it).  old_of[i] is set to the former number of what is
 * now key i (an array of keymap_count entries, owned by the caller). */
void keymap_sort(keymap *m, size_t *old_of);

#endif
