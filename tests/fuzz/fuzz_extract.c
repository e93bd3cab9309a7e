/* The article extractor on any text: the input is copied into a buffer of
 * its size and one byte more (extract_text writes text[len]).  Claims come
 * in order with their index, a link only to an earlier claim, and the
 * count returned is the count delivered. */
#include "extract/extract.h"

#include "fuzz.h"

typedef struct seen {
	size_t claims, comparisons;
} seen;

static int on_claim(void *ctx, const claim *c, size_t index, const extract_link *link)
{
	seen *s = ctx;

	FUZZ_ASSERT(index == s->claims);
	FUZZ_ASSERT(link->same_as >= -1 && link->same_as < (long)index);
	fuzz_touch_claim(c);
	s->claims++;
	return 0;
}

static void on_comparison(void *ctx, const extract_comparison *cmp)
{
	seen *s = ctx;

	FUZZ_ASSERT(cmp->higher_soc && cmp->lower_soc && cmp->higher_role &&
		    cmp->lower_role && cmp->where && cmp->quote);
	(void)(strlen(cmp->higher_soc) + strlen(cmp->lower_soc) + strlen(cmp->higher_role) +
	       strlen(cmp->lower_role) + strlen(cmp->where) + strlen(cmp->quote));
	s->comparisons++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	seen s = {0, 0};
	char *text;
	long n;

	if (fuzz_open_bug(data, size))
		return 0;
	text = malloc(size + 1);
	memcpy(text, data, size);
	n = extract_text("article.txt", text, size, on_claim, on_comparison, &s, NULL);
	FUZZ_ASSERT(n >= 0 && (size_t)n == s.claims);
	free(text);
	return 0;
}
