/* The money parser on bytes with no NUL after them: the input is copied
 * into a buffer of exactly its size, so that AddressSanitizer sees a read
 * one byte past the end.  Every answer keeps the header's promises. */
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
	free(copy);
	return 0;
}
