/* The base layer's one hash table, reason appender and amount formats,
 * against values worked out by hand. */
#include "base/fmt.h"
#include "base/keymap.h"
#include "base/names.h"
#include "base/units.h"
#include "base/xalloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static void test_keymap(void)
{
	keymap *m = keymap_new();
	size_t len, old_of[3], i;
	int added;
	char key[16];

	/* numbers in first-seen order; a key may hold a NUL byte */
	CHECK(keymap_put(m, "nurse", 5, &added) == 0 && added, "first key");
	CHECK(keymap_put(m, "a\0b", 3, &added) == 1 && added, "key with NUL");
	CHECK(keymap_put(m, "nurse", 5, &added) == 0 && !added, "same key again");
	CHECK(keymap_get(m, "a\0b", 3) == 1, "NUL key found");
	CHECK(keymap_get(m, "a", 1) == -1, "a prefix is another key");
	CHECK(keymap_get(m, "a\0c", 3) == -1, "never put");
	CHECK(keymap_put(m, "", 0, &added) == 2 && added, "the empty key");
	CHECK(memcmp(keymap_key(m, 1, &len), "a\0b", 3) == 0 && len == 3, "key back");
	/* byte order: "" < "a\0b" < "nurse"; old numbers 2, 1, 0 */
	keymap_sort(m, old_of);
	CHECK(old_of[0] == 2 && old_of[1] == 1 && old_of[2] == 0, "sorted %zu %zu %zu",
	      old_of[0], old_of[1], old_of[2]);
	CHECK(keymap_get(m, "nurse", 5) == 2 && keymap_get(m, "", 0) == 0, "found after sort");
	keymap_free(&m);
	CHECK(m == NULL, "freed");
	/* past many doublings, every key keeps its number */
	m = keymap_new();
	for (i = 0; i < 5000; i++)
		keymap_put(m, key, (size_t)snprintf(key, sizeof key, "k%zu", i), NULL);
	CHECK(keymap_count(m) == 5000, "count %zu", keymap_count(m));
	CHECK(keymap_get(m, "k0", 2) == 0 && keymap_get(m, "k4999", 5) == 4999 &&
	      keymap_get(m, "k2500", 5) == 2500, "numbers kept");
	keymap_free(&m);
}

/* keymap_same and keymap_word read keys a word at a time (overlapping
 * loads, fixed-size copies for the last bytes): held to memcmp, and every
 * key of every length 0..40 put and found again, on random bytes with NULs
 * and on keys that differ in one byte only. */
static void test_keymap_words(void)
{
	char a[48], b[48];
	size_t n, k, bad = 0, lost = 0;
	unsigned seed = 12345;
	keymap *m = keymap_new();

	for (k = 0; k < 20000; k++) {
		size_t i, flip;
		n = k % 41;
		for (i = 0; i < n; i++)
			a[i] = b[i] = (char)((seed = seed * 1103515245u + 12345u) >> 16 & 3);
		flip = n ? (seed >> 8) % n : 0;
		if (n && k % 2)
			b[flip] = (char)(b[flip] ^ (1 << (seed >> 4) % 8));
		bad += (keymap_same(a, b, n) != 0) != (memcmp(a, b, n) == 0);
		if (n && keymap_word(a, n) != keymap_word(b, n) && memcmp(a, b, n < 8 ? n : 8) == 0)
			bad++;
		{
			size_t id = keymap_put(m, a, n, NULL), len;
			const char *key = keymap_key(m, id, &len);
			long got = keymap_get(m, b, n);
			/* a's number holds a; b is found as a exactly when equal */
			lost += len != n || memcmp(key, a, n) != 0;
			lost += (memcmp(a, b, n) == 0) != (got == (long)id);
		}
	}
	CHECK(bad == 0, "%zu compares differ from memcmp", bad);
	CHECK(lost == 0, "%zu keys not found again", lost);
	keymap_free(&m);
	m = keymap_new();
	for (k = 0; k < 1000; k++) {
		memset(a, 'x', 30);
		snprintf(a + 12, 5, "%04zu", k); /* the middle of a 30-byte key */
		a[16] = 'x';
		keymap_put(m, a, 30, NULL);
	}
	CHECK(keymap_count(m) == 1000, "middle-differing keys: %zu", keymap_count(m));
	keymap_free(&m);
}

static void test_namemap(void)
{
	namemap *m = namemap_new();

	CHECK(namemap_put(m, "Medical Assistants", 18, 7) == 0, "put");
	CHECK(namemap_get(m, "MEDICAL-ASSISTANT", 17) == 7, "folded the same");
	CHECK(namemap_put(m, "medical assistant", 17, 7) == 0, "same value again");
	CHECK(namemap_put(m, "medical assistant", 17, 8) == -1, "another value refused");
	CHECK(namemap_get(m, "medical assistant", 17) == 7, "kept");
	CHECK(namemap_get(m, "phlebotomist", 12) == -1, "unknown");
	namemap_free(&m);
}

static void test_appendf(void)
{
	char *s = NULL;

	xappendf(&s, "; ", "%d above", 12);
	CHECK_STR(s, "12 above");
	xappendf(&s, "; ", "vs $%s", "42,000");
	CHECK_STR(s, "12 above; vs $42,000");
	free(s);
	s = xstrdup("");
	xappendf(&s, "; ", "first");
	CHECK_STR(s, "first");
	free(s);
}

static void test_amounts(void)
{
	char buf[64];

	CHECK_STR(fmt_amount(45120, buf, sizeof buf), "45,120");
	CHECK_STR(fmt_amount(1234567.4, buf, sizeof buf), "1,234,567");
	CHECK_STR(fmt_amount(999.5, buf, sizeof buf), "999.50");
	CHECK_STR(fmt_amount(21.974, buf, sizeof buf), "21.97");
	CHECK_STR(fmt_amount(-2500, buf, sizeof buf), "-2,500");
	CHECK_STR(fmt_amount(NAN, buf, sizeof buf), "-");
	CHECK_STR(fmt_count(12.0, buf, sizeof buf), "12");
	CHECK_STR(fmt_count(1000000, buf, sizeof buf), "1,000,000");
}

static void test_unit_words(void)
{
	CHECK(unit_of_word("HR", 0) == UNIT_HOURLY, "hr");
	CHECK(unit_of_word("annually", 0) == UNIT_ANNUAL, "annually");
	CHECK(unit_of_word("wk", 0) == UNIT_WEEKLY, "wk");
	CHECK(unit_of_word("h", 0) == UNIT_NONE, "bare h is no unit");
	CHECK(unit_of_word("h", UNIT_CODE) == UNIT_HOURLY, "H_MEAN's h");
	CHECK(unit_of_word("a", UNIT_CODE) == UNIT_ANNUAL, "A_MEDIAN's a");
	CHECK(unit_of_word("a", UNIT_JOINED) == UNIT_NONE, "'a' joins, it names nothing");
	CHECK(unit_of_word("annum", 0) == UNIT_NONE, "annum alone");
	CHECK(unit_of_word("annum", UNIT_AMOUNT) == UNIT_ANNUAL, "per annum");
	CHECK(unit_of_word("hours", UNIT_CODE) == UNIT_NONE, "hours is no column code");
	CHECK(unit_parse("month") == UNIT_MONTHLY && unit_parse("y") == UNIT_NONE, "parse");
}

/* xhuge: two pages at a multiple of XHUGE_PAGE (or NULL, where the
 * system will not map them), every byte writable; the first and last
 * bytes of each page keep what was written. */
static void test_xhuge(void)
{
	size_t size = 2 * XHUGE_PAGE, i;
	unsigned char *p = xhuge(size);

	if (!p) {
		CHECK(1, "no huge pages here");
		return;
	}
	CHECK((uintptr_t)p % XHUGE_PAGE == 0, "%p is not at a page boundary", (void *)p);
	for (i = 0; i < size; i += 4096)
		p[i] = (unsigned char)(i / 4096);
	p[size - 1] = 0xAB;
	CHECK(p[XHUGE_PAGE] == (unsigned char)(XHUGE_PAGE / 4096) && p[size - 1] == 0xAB,
	      "bytes not kept");
	xhuge_free(p, size);
}

int main(void)
{
	test_xhuge();
	test_keymap();
	test_keymap_words();
	test_namemap();
	test_appendf();
	test_amounts();
	test_unit_words();
	return check_done("test_base");
}
