#include "extract/clean.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* HTML is read by gumbo (an HTML5 parser: tags, comments, scripts and
 * every entity as a browser reads them), and each node's source position
 * says where its text and tags were, so the text stays in place. */
#include <gumbo.h>

#include "base/xalloc.h"

/* The mark a tag leaves, opening and closing; the tag names are HTML's
 * syntax, not words of the articles, so they stay here rather than in
 * datasets/cues.csv.  A <br> in a row is a space, a <li> reads " - ". */
static const char tag_marks[GUMBO_TAG_LAST][2] = {
	[GUMBO_TAG_P] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_BR] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_DIV] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_LI] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_UL] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_OL] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_TR] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_THEAD] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_TBODY] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_SECTION] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_ARTICLE] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_HEADER] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_FOOTER] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_TITLE] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_BLOCKQUOTE] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_CAPTION] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_FIGURE] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_FIGCAPTION] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_MAIN] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_NAV] = {CLEAN_MARK_BLOCK, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_TABLE] = {CLEAN_MARK_TABLE, CLEAN_MARK_TABLE},
	[GUMBO_TAG_H1] = {CLEAN_MARK_HEADING, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_H2] = {CLEAN_MARK_HEADING, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_H3] = {CLEAN_MARK_HEADING, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_H4] = {CLEAN_MARK_HEADING, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_H5] = {CLEAN_MARK_HEADING, CLEAN_MARK_BLOCK},
	[GUMBO_TAG_H6] = {CLEAN_MARK_HEADING, CLEAN_MARK_BLOCK},
	/* "<dt>Median</dt><dd>$41,810</dd>" reads as one line, "Median:
	 * $41,810": a term opens a block, its definition closes it */
	[GUMBO_TAG_DT] = {CLEAN_MARK_BLOCK, ' '},
	[GUMBO_TAG_DD] = {':', CLEAN_MARK_BLOCK},
	[GUMBO_TAG_TD] = {'|', ' '},
	[GUMBO_TAG_TH] = {'|', ' '},
};

/* Bytes that mean something to HTML's syntax where text is, or may end a
 * tag's name; every other byte is plain. */
static const unsigned char html_syntax[256] = {
	['\0'] = 1, ['<'] = 1, ['>'] = 1, ['&'] = 1, ['"'] = 1, ['\''] = 1, ['='] = 1,
	['/'] = 1,  ['!'] = 1, ['?'] = 1, ['-'] = 1, [']'] = 1, ['`'] = 1, [';'] = 1,
};

void clean_blanks(char *t, size_t len, uint64_t *tabs)
{
	/* rare, so found by memchr */
	static const char blanks[] = {'\0', '\r', '\t'};
	size_t i;

	for (i = 0; i < sizeof blanks; i++) {
		char *p = t;
		while ((p = memchr(p, blanks[i], len - (size_t)(p - t))) != NULL) {
			if (blanks[i] == '\t')
				tabs[(size_t)(p - t) / 64] |= (uint64_t)1 << ((size_t)(p - t) % 64);
			*p++ = ' ';
		}
	}
}

int clean_looks_html(const char *t, size_t len)
{
	static const char *const tags[] = {"<p>", "<p ", "<html", "<body", "<div", "<td", "<h1",
					   "<h2", "<br", "<li>", "<table"};
	size_t i, n = len < 4096 ? len : 4096;
	char head[4097];

	for (i = 0; i < n; i++)
		head[i] = (char)tolower((unsigned char)t[i]);
	head[n] = '\0';
	for (i = 0; i < sizeof tags / sizeof tags[0]; i++)
		if (strstr(head, tags[i]))
			return 1;
	return 0;
}

/* --- the squeeze ---------------------------------------------------------
 * The parser reads text a character at a time, and most of an article is
 * text.  A run of plain bytes that begins the text after a tag, an
 * entity's ';' or a line break means no more to HTML's syntax than one
 * letter (or one space, when all of it is blank: tables and the head read
 * blanks apart), so the parser is handed a copy where each such run is one
 * byte, and the runs map its offsets back. */

typedef struct squeeze_run {
	size_t at;   /* the run's byte in the copy */
	size_t s, e; /* the text it stands for */
} squeeze_run;

typedef struct squeezed {
	char *b;
	size_t len;
	squeeze_run *runs;
	size_t nruns, alloc;
} squeezed;

/* The first byte of t[i, len) that means something to HTML, or len:
 * sixteen bytes a step, most of a page being text. */
static size_t plain_end(const char *t, size_t i, size_t len)
{
#ifdef __SSE2__
	static const char syntax[] = "<>&\"'=/!?-]`;";
	__m128i k[sizeof syntax];
	size_t c;

	for (c = 0; c < sizeof syntax; c++) /* the last is '\0' */
		k[c] = _mm_set1_epi8(syntax[c]);
	for (; i + 16 <= len; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i)), m;
		unsigned bits;
		m = _mm_cmpeq_epi8(v, k[0]);
		for (c = 1; c < sizeof syntax; c++)
			m = _mm_or_si128(m, _mm_cmpeq_epi8(v, k[c]));
		bits = (unsigned)_mm_movemask_epi8(m);
		if (bits)
			return i + (size_t)__builtin_ctz(bits);
	}
#endif
	while (i < len && !html_syntax[(unsigned char)t[i]])
		i++;
	return i;
}

/* Is t[i, j) all spaces and line breaks? */
static int all_blank(const char *t, size_t i, size_t j)
{
	while (i < j && (t[i] == ' ' || t[i] == '\n'))
		i++;
	return i == j;
}

static void squeeze(squeezed *q, const char *t, size_t len, int on)
{
	size_t i = 0, o = 0;
	int markup = 0;

	memset(q, 0, sizeof *q);
	q->b = xmalloc(len + 1);
	while (i < len) {
		unsigned char c = (unsigned char)t[i];
		if (on && !markup && !html_syntax[c] &&
		    (i == 0 || (html_syntax[(unsigned char)t[i - 1]] && t[i - 1] != '<' &&
				t[i - 1] != '&'))) {
			size_t j = plain_end(t, i, len);
			if (j - i > 1) {
				int blank = all_blank(t, i, j);
				xgrow(&q->runs, &q->alloc, q->nruns + 1, sizeof *q->runs);
				q->runs[q->nruns].at = o;
				q->runs[q->nruns].s = i;
				q->runs[q->nruns++].e = j;
				q->b[o++] = blank ? ' ' : 'x';
			} else {
				q->b[o++] = (char)c;
			}
			i = j;
			continue;
		}
		/* a tag, as far as names go: what is in it stays as it is */
		if (c == '<' && i + 1 < len &&
		    (isalpha((unsigned char)t[i + 1]) || t[i + 1] == '/' || t[i + 1] == '!' ||
		     t[i + 1] == '?'))
			markup = 1;
		else if (c == '>')
			markup = 0;
		q->b[o++] = (char)c;
		i++;
	}
	q->len = o;
	q->b[o] = '\0';
}

/* How many runs stand at or before byte p of the copy.  The tree is
 * read in about the order of the text, so the answer is looked for from
 * the last one, a few runs either way, before a binary search. */
static size_t runs_upto(const squeezed *q, size_t *cur, size_t p)
{
	size_t lo = *cur, hi, steps;

	for (steps = 0; steps < 8 && lo < q->nruns && q->runs[lo].at <= p; steps++)
		lo++;
	for (; steps < 8 && lo > 0 && q->runs[lo - 1].at > p; steps++)
		lo--;
	if ((lo < q->nruns && q->runs[lo].at <= p) || (lo > 0 && q->runs[lo - 1].at > p)) {
		lo = 0;
		hi = q->nruns;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (q->runs[mid].at <= p)
				lo = mid + 1;
			else
				hi = mid;
		}
	}
	*cur = lo;
	return lo;
}

/* The offset in the text of byte p of the copy, lo runs standing at or
 * before it. */
static size_t unsqueeze_at(const squeezed *q, size_t lo, size_t p)
{
	const squeeze_run *r;

	if (lo == 0)
		return p;
	r = &q->runs[lo - 1];
	return p == r->at ? r->s : r->e + (p - r->at - 1);
}

/* The offset in the text of byte p of the copy. */
static size_t unsqueeze(const squeezed *q, size_t *cur, size_t p)
{
	return unsqueeze_at(q, runs_upto(q, cur, p), p);
}

/* ... and of the end of a span ending before byte p. */
static size_t unsqueeze_end(const squeezed *q, size_t *cur, size_t p)
{
	size_t lo;

	if (p == 0)
		return 0;
	lo = runs_upto(q, cur, p - 1);
	if (lo > 0 && q->runs[lo - 1].at == p - 1)
		return q->runs[lo - 1].e;
	return unsqueeze_at(q, lo, p - 1) + 1;
}

/* --- the tree, written back in place ------------------------------------ */

/* The tree is read twice.  First for where its text and tags are: when
 * no text overlaps other text, nor a tag read before it (a text node
 * runs on over the "</body>" it was read past, and that tag is read
 * after it), all but the text is blanked and the tree written back in
 * place, as it would have been written, in the order of the tree, into a
 * second buffer blank but for line breaks; otherwise it is. */
enum html_pass { HTML_SPANS, HTML_IN_PLACE, HTML_COPY };

typedef struct html_span {
	size_t s, e;
	size_t seq; /* read as the tree's seq-th span */
} html_span;

typedef struct html_spans {
	html_span *v;
	size_t n, alloc;
} html_spans;

typedef struct html_out {
	const squeezed *q;
	const char *t;      /* the text as it was (HTML_COPY) */
	char *out;          /* where text, marks and entities go */
	enum html_pass pass;
	size_t cur;         /* of runs_upto */
	html_spans texts, tags; /* HTML_SPANS */
	size_t seq;
} html_out;

/* Blank out[from, to), but for its line breaks. */
static void blank_keeping_breaks(char *out, size_t from, size_t to)
{
	while (from < to) {
		char *nl = memchr(out + from, '\n', to - from);
		size_t stop = nl ? (size_t)(nl - out) : to;
		memset(out + from, ' ', stop - from);
		from = stop + 1;
	}
}

/* The span [s, e) of text (or of a tag) is read: 0 when only noting it. */
static int html_reach(html_out *w, size_t s, size_t e, int text)
{
	html_spans *l = text ? &w->texts : &w->tags;

	if (w->pass != HTML_SPANS)
		return 1;
	if (s < e) {
		xgrow(&l->v, &l->alloc, l->n + 1, sizeof *l->v);
		l->v[l->n].s = s;
		l->v[l->n].e = e;
		l->v[l->n++].seq = w->seq;
	}
	w->seq++;
	return 0;
}

static int span_cmp(const void *a, const void *b)
{
	const html_span *x = a, *y = b;

	return x->s < y->s ? -1 : x->s > y->s;
}

static void spans_sort(html_spans *l)
{
	size_t i;

	for (i = 1; i < l->n; i++)
		if (l->v[i].s < l->v[i - 1].s) {
			qsort(l->v, l->n, sizeof *l->v, span_cmp);
			return;
		}
}

/* Is every text apart from all other text, and from every tag read
 * before it?  Then blank all but the text, in place. */
static int blank_but_text(html_out *w, char *t, size_t len)
{
	const html_spans *x = &w->texts, *g = &w->tags;
	size_t i, j = 0, k, done = 0;

	spans_sort(&w->texts);
	spans_sort(&w->tags);
	for (i = 1; i < x->n; i++)
		if (x->v[i].s < x->v[i - 1].e)
			return 0;
	for (i = 0; i < g->n; i++) {
		/* the first text ending after the tag starts */
		while (j < x->n && x->v[j].e <= g->v[i].s)
			j++;
		for (k = j; k < x->n && x->v[k].s < g->v[i].e; k++)
			if (g->v[i].seq < x->v[k].seq)
				return 0;
	}
	for (i = 0; i < x->n; i++) {
		blank_keeping_breaks(t, done, x->v[i].s);
		done = x->v[i].e;
	}
	blank_keeping_breaks(t, done, len);
	return 1;
}

static void no_breaks(char *s, size_t n)
{
	char *p;

	while ((p = memchr(s, '\n', n)) != NULL) {
		*p = ' ';
		n -= (size_t)(p - s);
		s = p;
	}
}

/* A tag's mark at its '<'; in a table row its line breaks are spaces (a
 * row written over several lines is one row). */
static void put_tag(html_out *w, GumboStringPiece tag, GumboTag name, int closing, int in_row)
{
	size_t s, e;
	char mark;

	if (tag.length == 0)
		return; /* put there by the parser: "<tbody>", a "</p>" left out */
	s = unsqueeze(w->q, &w->cur, (size_t)(tag.data - w->q->b));
	e = unsqueeze_end(w->q, &w->cur, (size_t)(tag.data - w->q->b) + tag.length);
	if (!html_reach(w, s, e, 0))
		return;
	if (in_row)
		no_breaks(w->out + s, e - s);
	if ((unsigned)name >= GUMBO_TAG_LAST)
		return;
	mark = tag_marks[name][closing];
	if (name == GUMBO_TAG_BR && in_row)
		mark = ' '; /* a <br> inside a cell is a space */
	if (mark)
		w->out[s] = mark;
	if (name == GUMBO_TAG_LI && !closing && !in_row && e >= s + 4)
		w->out[s + 2] = '-'; /* "<li>" reads as " - ", a list item */
}

static size_t utf8_len(unsigned char c)
{
	return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* The first '&' or '<' in [o, oe), or oe. */
static const char *next_special(const char *o, const char *oe)
{
	while (o < oe && *o != '&' && *o != '<')
		o++;
	return o;
}

/* The entity at o (in the copy, up to oe) as the parser decoded it, at d
 * (up to de): how many bytes it was (*used) and are (*dlen); 0 when the
 * '&' is an '&'.  A named entity is one character, or for a few two; the
 * name read is the shortest the text after it then agrees with (the rest
 * of a longer one would have to follow it again: "&notit;" is "&not"
 * and "it;"). */
static int entity_read(const char *o, const char *oe, const char *d, const char *de, size_t *used,
		       size_t *dlen)
{
	const char *next = next_special(o + 1, oe);
	size_t k = 1, run, tail, dl[2];
	int n;

	if (o + 1 < oe && o[1] == '#') {
		size_t digits = 0;
		k = 2;
		if (o + k < oe && (o[k] == 'x' || o[k] == 'X'))
			k++;
		while (o + k + digits < oe && isxdigit((unsigned char)o[k + digits]) &&
		       (k == 3 || isdigit((unsigned char)o[k + digits])))
			digits++;
		if (digits == 0 || d >= de)
			return 0;
		*used = k + digits + (o + k + digits < oe && o[k + digits] == ';');
		*dlen = utf8_len((unsigned char)*d);
		return 1;
	}
	if (d >= de || (*d == '&' && strncmp(o, "&amp", 4) != 0 && strncmp(o, "&AMP", 4) != 0))
		return 0;
	while (o + k < oe && k < 40 && isalnum((unsigned char)o[k]))
		k++;
	run = k + (o + k < oe && o[k] == ';');
	dl[0] = utf8_len((unsigned char)*d);
	dl[1] = d + dl[0] < de ? dl[0] + utf8_len((unsigned char)d[dl[0]]) : dl[0];
	for (n = 0; n < 2; n++)
		for (k = 2; k <= run; k++) {
			tail = (size_t)(next - o) - k;
			if (d + dl[n] + tail <= de && memcmp(o + k, d + dl[n], tail) == 0 &&
			    (next < oe || d + dl[n] + tail == de)) {
				*used = k;
				*dlen = dl[n];
				return 1;
			}
		}
	return 0;
}

/* Blank [s, e) of the output, but for its line breaks. */
static void blank(html_out *w, size_t s, size_t e, int in_row)
{
	size_t k;

	for (k = s; k < e; k++)
		if (w->out[k] != '\n' || in_row)
			w->out[k] = ' ';
}

/* A text node: its bytes written back, then what the parser read
 * otherwise: each entity becomes its character then spaces (a space when
 * the character would be longer than the entity, or is a control
 * character), and a tag the parser passed over ("<tr>" outside a table)
 * is blank.  The parser's text is the copy's but for these, so the two
 * are read side by side. */
static void put_text(html_out *w, const GumboText *x, int in_row)
{
	size_t cs = (size_t)(x->original_text.data - w->q->b), ce = cs + x->original_text.length;
	size_t s = unsqueeze(w->q, &w->cur, cs), e = unsqueeze_end(w->q, &w->cur, ce), used, dlen, k;
	const char *o = w->q->b + cs, *oe = w->q->b + ce, *d, *de, *sp;

	if (!html_reach(w, s, e, 1))
		return;
	d = x->text;
	de = d + strlen(d);
	if (w->pass == HTML_COPY)
		memcpy(w->out + s, w->t + s, e - s);
	if (in_row)
		no_breaks(w->out + s, e - s);
	while ((sp = next_special(o, oe)) < oe) {
		d += sp - o;
		o = sp;
		if (*o == '<') {
			const char *te = memchr(o, '>', (size_t)(oe - o));
			te = te ? te + 1 : oe;
			if (o + 1 < oe && (isalpha((unsigned char)o[1]) || o[1] == '/' || o[1] == '!' ||
					   o[1] == '?') &&
			    !(d + (te - o) <= de && memcmp(o, d, (size_t)(te - o)) == 0)) {
				blank(w, unsqueeze(w->q, &w->cur, (size_t)(o - w->q->b)),
				      unsqueeze_end(w->q, &w->cur, (size_t)(te - w->q->b)), in_row);
				o = te; /* the parser's text goes on after it */
				continue;
			}
			o++;
			d++;
			continue;
		}
		if (!entity_read(o, oe, d, de, &used, &dlen)) {
			o++;
			d++;
			continue;
		}
		{
			char *p = w->out + unsqueeze(w->q, &w->cur, (size_t)(o - w->q->b));
			memset(p, ' ', used);
			for (k = 0; dlen <= used && k < dlen; k++)
				p[k] = (unsigned char)d[k] < 0x20 || d[k] == 0x7F ? ' ' : d[k];
		}
		o += used;
		d += dlen;
	}
}

typedef struct html_frame {
	const GumboNode *n;
	unsigned next; /* the child to visit */
	int in_row;    /* its children are in a table row */
} html_frame;

/* Every node in document order, without recursion (a page of unclosed
 * tags nests deep); text is written back, tags leave their marks, and
 * comments, scripts and style sheets stay blank. */
static void put_tree(html_out *w, const GumboNode *root)
{
	html_frame *st = NULL;
	size_t n = 0, alloc = 0;

	xgrow(&st, &alloc, 1, sizeof *st);
	st[n].n = root;
	st[n].next = 0;
	st[n++].in_row = 0;
	while (n > 0) {
		html_frame f = st[n - 1];
		const GumboVector *kids = f.n->type == GUMBO_NODE_DOCUMENT ? &f.n->v.document.children
									    : &f.n->v.element.children;
		const GumboNode *c;
		if (f.next >= kids->length) {
			if (f.n->type != GUMBO_NODE_DOCUMENT)
				put_tag(w, f.n->v.element.original_end_tag, f.n->v.element.tag, 1,
					f.in_row);
			n--;
			continue;
		}
		c = kids->data[st[n - 1].next++];
		if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE) {
			put_text(w, &c->v.text, f.in_row);
		} else if (c->type == GUMBO_NODE_ELEMENT || c->type == GUMBO_NODE_TEMPLATE) {
			GumboTag tag = c->v.element.tag;
			put_tag(w, c->v.element.original_tag, tag, 0, f.in_row);
			if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE)
				continue;
			xgrow(&st, &alloc, n + 1, sizeof *st);
			st[n].n = c;
			st[n].next = 0;
			st[n++].in_row = tag == GUMBO_TAG_TR ? 1 : tag == GUMBO_TAG_TABLE ? 0 : f.in_row;
		}
		/* comments, CDATA: blank */
	}
	free(st);
}

/* The parser's memory, from large blocks freed all at once when the tree
 * is done with: it makes and drops a node or a string for every tag, and
 * malloc and free were a fifth of its time. */
typedef struct html_arena {
	char **blocks;
	size_t nblocks, alloc;
	size_t used, size; /* of the last block */
} html_arena;

/* Blocks of 8 MB in pages of 2 MB where the system has them: a large
 * page's tree is a hundred megabytes, touched a page at a time. */
#define HTML_ARENA_BLOCK ((size_t)8 << 20)
#define HTML_ARENA_ALIGN ((size_t)2 << 20)

static void *arena_block(void)
{
	void *p = aligned_alloc(HTML_ARENA_ALIGN, HTML_ARENA_BLOCK);

	if (!p)
		return xmalloc(HTML_ARENA_BLOCK);
#ifdef MADV_HUGEPAGE
	madvise(p, HTML_ARENA_BLOCK, MADV_HUGEPAGE); /* only a hint */
#endif
	return p;
}

static void *html_alloc(void *arena, size_t size)
{
	html_arena *a = arena;
	size_t n = (size + 15) & ~(size_t)15;
	char *p;

	if (n > HTML_ARENA_BLOCK / 4) {
		/* a large one has a block of its own, before the last */
		xgrow(&a->blocks, &a->alloc, a->nblocks + 1, sizeof *a->blocks);
		p = xmalloc(n);
		if (a->nblocks > 0) {
			a->blocks[a->nblocks] = a->blocks[a->nblocks - 1];
			a->blocks[a->nblocks - 1] = p;
		} else {
			a->blocks[0] = p;
			a->used = a->size = 0;
		}
		a->nblocks++;
		return p;
	}
	if (a->nblocks == 0 || a->used + n > a->size) {
		xgrow(&a->blocks, &a->alloc, a->nblocks + 1, sizeof *a->blocks);
		a->blocks[a->nblocks++] = arena_block();
		a->used = 0;
		a->size = HTML_ARENA_BLOCK;
	}
	p = a->blocks[a->nblocks - 1] + a->used;
	a->used += n;
	return p;
}

static void html_free(void *arena, void *p)
{
	(void)arena;
	(void)p; /* freed with the arena */
}

/* Empty the arena for the next document, keeping its last block (a
 * whole one, large ones are put before it): asked for again for every
 * page of a file of many, it was a sixth of the time, in page faults. */
static void html_arena_reset(html_arena *a)
{
	size_t i;

	if (a->nblocks == 0 || a->size != HTML_ARENA_BLOCK)
		return;
	for (i = 0; i + 1 < a->nblocks; i++)
		free(a->blocks[i]);
	a->blocks[0] = a->blocks[a->nblocks - 1];
	a->nblocks = 1;
	a->used = 0;
}

static void html_arena_free(html_arena *a)
{
	size_t i;

	for (i = 0; i < a->nblocks; i++)
		free(a->blocks[i]);
	free(a->blocks);
	memset(a, 0, sizeof *a);
}

static void clean_html_with(char *t, size_t len, int squeezing, html_arena *arena)
{
	GumboOptions opt = kGumboDefaultOptions;
	GumboOutput *tree;
	squeezed q;
	html_out w = {0};

	squeeze(&q, t, len, squeezing);
	opt.max_errors = 0; /* a page's errors are not ours to report */
	opt.allocator = html_alloc;
	opt.deallocator = html_free;
	opt.userdata = arena;
	tree = gumbo_parse_with_options(&opt, q.b, q.len);
	w.q = &q;
	w.t = t;
	w.pass = HTML_SPANS;
	put_tree(&w, tree->document);
	w.cur = 0;
	if (blank_but_text(&w, t, len)) {
		w.pass = HTML_IN_PLACE;
		w.out = t;
		put_tree(&w, tree->document);
	} else {
		w.pass = HTML_COPY;
		w.out = xmalloc(len + 1);
		memcpy(w.out, t, len);
		blank_keeping_breaks(w.out, 0, len);
		put_tree(&w, tree->document);
		memcpy(t, w.out, len);
		free(w.out);
	}
	html_arena_reset(arena); /* the tree and all, without walking it */
	free(w.texts.v);
	free(w.tags.v);
	free(q.b);
	free(q.runs);
}

/* Where the document after t[s] begins: at a "<!DOCTYPE" that starts a
 * line, or len.  Pages saved one after another in one file are each a
 * document of their own, read as a browser would read each: what one
 * leaves open does not swallow the next, and the parser's tree stays the
 * size of one page. */
static size_t next_document(const char *t, size_t s, size_t len)
{
	const char *p = t + s, *end = t + len;

	/* the '!' of "\n<!" looked for: the rarest of its bytes in a page */
	while ((p = memchr(p, '!', (size_t)(end - p))) != NULL) {
		if (p >= t + s + 2 && p[-1] == '<' && p[-2] == '\n' && (size_t)(end - p) >= 8 &&
		    !strncasecmp(p - 1, "<!doctype", 9))
			return (size_t)(p - 1 - t);
		p++;
	}
	return len;
}

void clean_html(char *t, size_t len)
{
	html_arena arena = {0};
	size_t s = 0;

	do {
		size_t e = next_document(t, s, len);
		clean_html_with(t + s, e - s, 1, &arena);
		s = e;
	} while (s < len);
	html_arena_free(&arena);
}

void clean_html_unsqueezed(char *t, size_t len)
{
	html_arena arena = {0};

	clean_html_with(t, len, 0, &arena);
	html_arena_free(&arena);
}

void clean_unicode(char *t, size_t len)
{
	size_t i;

	for (i = 0; i + 1 < len; i++) {
		unsigned char a, b;
		uint64_t eight;
		/* ASCII, most of any text, eight bytes a step */
		while (i + 9 < len && (memcpy(&eight, t + i, 8), !(eight & 0x8080808080808080u)))
			i += 8;
		a = (unsigned char)t[i];
		if (a < 0xC2)
			continue;
		b = (unsigned char)t[i + 1];
		if (a == 0xC2 && (b == 0xA0 || b == 0xB9 || b == 0xB2 || b == 0xB3)) {
			t[i] = t[i + 1] = ' '; /* no-break space; footnote marks ¹ ² ³ */
		} else if (a == 0xE2 && b == 0x80 && i + 2 < len) {
			unsigned char c = (unsigned char)t[i + 2];
			if (c == 0x93 || c == 0x94) { /* en and em dash */
				t[i] = '-';
				t[i + 1] = t[i + 2] = ' ';
			} else if (c == 0x99 || c == 0x98) { /* curly apostrophes */
				t[i] = '\'';
				t[i + 1] = t[i + 2] = ' ';
			}
		}
	}
}
