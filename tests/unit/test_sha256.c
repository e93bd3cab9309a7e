/* SHA-256 against the FIPS 180-4 example digests (and the million 'a' of
 * the NIST test vectors), fed whole and a byte at a time, by the C
 * version and, where the processor has them, the SHA extensions. */
#include "base/sha256.h"

#include <stdlib.h>
#include <string.h>

#include "check.h"

static const struct {
	const char *text;
	size_t repeat;
	const char *digest;
} vectors[] = {
	{"abc", 1, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
	{"", 1, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
	{"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 1,
	 "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
	{"a", 1000000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
};

static void digest(const char *text, size_t repeat, int bytewise, char hex[65])
{
	size_t i, j, n = strlen(text);
	sha256 s;

	sha256_init(&s);
	for (i = 0; i < repeat; i++)
		if (bytewise)
			for (j = 0; j < n; j++)
				sha256_add(&s, text + j, 1);
		else
			sha256_add(&s, text, n);
	sha256_hex(&s, hex);
}

int main(void)
{
	size_t v;
	int ni, way;
	char hex[65];

	for (ni = 0; ni < 2; ni++) {
		sha256_without_ni = !ni;
		for (v = 0; v < sizeof vectors / sizeof vectors[0]; v++)
			for (way = 0; way < 2; way++) {
				digest(vectors[v].text, vectors[v].repeat, way, hex);
				CHECK_STR(hex, vectors[v].digest);
			}
	}
	return check_done("test_sha256");
}
