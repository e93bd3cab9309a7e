/* The OEWS importer's path through the claims reader: a BLS wide table
 * that must have an occupation code, kept to healthcare codes, its period
 * from the file's name and its area the nation - as import oews reads
 * national_M2023_dl.csv --soc 29-,31-. */
#include "claims.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *const soc[] = {"29-", "31-"};
	claimin_opts o;

	memset(&o, 0, sizeof o);
	o.name = "national_M2023_dl.csv";
	o.source = "BLS OEWS May 2023";
	o.kind = KIND_OFFICIAL;
	o.area = "US";
	o.require_soc = 1;
	o.soc_prefix = soc;
	o.nsoc = 2;
	fuzz_claims(data, size, &o);
	return 0;
}
