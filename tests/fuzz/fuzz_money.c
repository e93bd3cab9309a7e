/* The money parser on bytes with no NUL after them: the input is copied
 * into a buffer of exactly its size, so that AddressSanitizer sees a read
 * one byte past the end.  Every answer keeps the header's promises.
 * money_parse_padded, given a buffer of exactly MONEY_PAD bytes more
 * (digits, which a read past the value would take in), must give the
 * same answer bit for bit. */
#include "base/money.h"

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *copy = malloc(size ? size : 1);
	money m;
	money_status st;

	memcpy(copy, data, size);
	st = money_parse(copy, size, &m);
	switch (st) {
	case MONEY_OK:
		FUZZ_ASSERT(isfinite(m.value) && m.value >= 0);
		FUZZ_ASSERT(m.error == NULL);
		break;
	case MONEY_MISSING:
		FUZZ_ASSERT(m.error == NULL);
		break;
	case MONEY_BAD:
		FUZZ_ASSERT(m.error != NULL);
		break;
	}
	FUZZ_ASSERT(strlen(m.currency) < sizeof m.currency);
	{
		char *padded = malloc(size + MONEY_PAD);
		money p;
		memcpy(padded, data, size);
		memset(padded + size, '7', MONEY_PAD);
		FUZZ_ASSERT(money_parse_padded(padded, size, &p) == st);
		FUZZ_ASSERT(memcmp(&p.value, &m.value, sizeof p.value) == 0);
		FUZZ_ASSERT(p.unit == m.unit && p.error == m.error);
		FUZZ_ASSERT(strcmp(p.currency, m.currency) == 0);
		free(padded);
	}
	free(copy);
	return 0;
}
