/* The claims reader on any file: the claims form or a wide table, the
 * delimiter detected, no filter - as import table and check --ref read. */
#include "claims.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	claimin_opts o;

	memset(&o, 0, sizeof o);
	o.name = "claims.csv";
	o.kind = KIND_SURVEY;
	fuzz_claims(data, size, &o);
	return 0;
}
