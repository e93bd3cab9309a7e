#include "tally.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "xalloc.h"

void tally_init(tally *t)
{
	memset(t, 0, sizeof *t);
}

void tally_free(tally *t)
{
	free(t->reasons);
	t->reasons = NULL;
	t->nreasons = t->alloc = 0;
}

static struct tally_reason *reason_slot(tally *t, const char *reason)
{
	size_t i;

	for (i = 0; i < t->nreasons; i++)
		if (t->reasons[i].reason == reason ||
		    strcmp(t->reasons[i].reason, reason) == 0)
			return &t->reasons[i];
	xgrow(&t->reasons, &t->alloc, t->nreasons + 1, sizeof *t->reasons);
	t->reasons[t->nreasons].reason = reason;
	t->reasons[t->nreasons].count = 0;
	return &t->reasons[t->nreasons++];
}

void tally_reject(tally *t, const char *file, unsigned long line,
		  unsigned long col, const char *reason, const char *detail)
{
	struct tally_reason *r = reason_slot(t, reason);

	t->rejected++;
	if (++r->count > TALLY_SHOWN_PER_REASON || t->quiet)
		return;
	if (detail)
		diag_at(file, line, col, "%s: %s", reason, detail);
	else
		diag_at(file, line, col, "%s", reason);
}

void tally_merge(tally *dst, const tally *src)
{
	size_t i;

	dst->read += src->read;
	dst->used += src->used;
	dst->filtered += src->filtered;
	dst->missing += src->missing;
	dst->rejected += src->rejected;
	for (i = 0; i < src->nreasons; i++)
		reason_slot(dst, src->reasons[i].reason)->count +=
			src->reasons[i].count;
}

void tally_print(const tally *t, FILE *stream)
{
	size_t i;

	fprintf(stream,
		"wagestat: rows read %llu = used %llu + filtered %llu"
		" + missing %llu + rejected %llu\n",
		t->read, t->used, t->filtered, t->missing, t->rejected);
	for (i = 0; i < t->nreasons; i++)
		fprintf(stream, "wagestat:   rejected %llu: %s\n",
			t->reasons[i].count, t->reasons[i].reason);
}
