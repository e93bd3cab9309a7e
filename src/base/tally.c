#include "base/tally.h"

#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/xalloc.h"

void tally_init(tally *t)
{
	memset(t, 0, sizeof *t);
}

void tally_free(tally *t)
{
	size_t i;

	for (i = 0; i < t->nnotes; i++) {
		free(t->notes[i].detail);
		free(t->notes[i].file);
	}
	free(t->notes);
	for (i = 0; i < t->nreasons; i++)
		free(t->reasons[i].reason);
	free(t->reasons);
	t->notes = NULL;
	t->reasons = NULL;
	t->nnotes = t->notes_alloc = t->nreasons = t->alloc = 0;
}

static struct tally_reason *reason_slot(tally *t, const char *reason,
					int missing)
{
	size_t i;

	for (i = 0; i < t->nreasons; i++)
		if (t->reasons[i].missing == missing &&
		    (t->reasons[i].reason == reason ||
		     strcmp(t->reasons[i].reason, reason) == 0))
			return &t->reasons[i];
	xgrow(&t->reasons, &t->alloc, t->nreasons + 1, sizeof *t->reasons);
	t->reasons[t->nreasons].reason = xstrdup(reason);
	t->reasons[t->nreasons].count = 0;
	t->reasons[t->nreasons].shown = 0;
	t->reasons[t->nreasons].missing = missing;
	return &t->reasons[t->nreasons++];
}

static void print_note(const char *file, unsigned long line, unsigned long col,
		       const char *reason, const char *detail)
{
	if (line == 0) /* file is a whole position already */
		diag("%s: %s%s%s", file, reason, detail ? ": " : "", detail ? detail : "");
	else if (detail)
		diag_at(file, line, col, "%s: %s", reason, detail);
	else
		diag_at(file, line, col, "%s", reason);
}

void tally_reject(tally *t, const char *file, unsigned long line,
		  unsigned long col, const char *reason, const char *detail)
{
	struct tally_reason *r = reason_slot(t, reason, 0);

	t->rejected++;
	r->count++;
	if (r->shown >= TALLY_SHOWN_PER_REASON || t->quiet)
		return;
	r->shown++;
	if (t->defer) {
		struct tally_note *n;
		xgrow(&t->notes, &t->notes_alloc, t->nnotes + 1, sizeof *t->notes);
		n = &t->notes[t->nnotes++];
		n->file = xstrdup(file);
		n->reason = r->reason;
		n->line = line;
		n->col = col;
		n->detail = detail ? xstrdup(detail) : NULL;
	} else {
		print_note(file, line, col, reason, detail);
	}
}

void tally_merge(tally *dst, const tally *src, unsigned long line_offset)
{
	size_t i;

	for (i = 0; i < src->nnotes; i++) {
		const struct tally_note *n = &src->notes[i];
		struct tally_reason *r = reason_slot(dst, n->reason, 0);
		if (r->shown >= TALLY_SHOWN_PER_REASON || dst->quiet)
			continue;
		r->shown++;
		print_note(n->file, n->line + line_offset, n->col, n->reason, n->detail);
	}
	dst->read += src->read;
	dst->used += src->used;
	dst->filtered += src->filtered;
	dst->missing += src->missing;
	dst->rejected += src->rejected;
	for (i = 0; i < src->nreasons; i++)
		reason_slot(dst, src->reasons[i].reason,
			    src->reasons[i].missing)->count += src->reasons[i].count;
}

void tally_missing(tally *t, const char *reason)
{
	t->missing++;
	reason_slot(t, reason, 1)->count++;
}

void tally_print(const tally *t, const char *what, FILE *stream)
{
	size_t i;

	fprintf(stream,
		"wagestat: %s read %llu = used %llu + filtered %llu"
		" + missing %llu + rejected %llu\n",
		what, t->read, t->used, t->filtered, t->missing, t->rejected);
	for (i = 0; i < t->nreasons; i++)
		fprintf(stream, "wagestat:   %s %llu: %s\n",
			t->reasons[i].missing ? "missing" : "rejected",
			t->reasons[i].count, t->reasons[i].reason);
}
