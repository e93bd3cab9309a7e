#include "extract/clean.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* The tag names are HTML's syntax, not words of the articles: they stay
 * here rather than in datasets/cues.csv. */
static const char *const block_tags[] = {"p", "br", "div", "li", "ul", "ol", "tr", "table",
					 "thead", "tbody", "section", "article", "header",
					 "footer", "title", "blockquote", "caption",
					 "figure", "figcaption", "main", "nav", NULL};
static const char *const term_tags[] = {"dt", "dd", NULL};
static const char *const heading_tags[] = {"h1", "h2", "h3", "h4", "h5", "h6", NULL};
static const char *const cell_tags[] = {"td", "th", NULL};
static const char *const skip_tags[] = {"script", "style", NULL};
static const struct {
	const char *name;
	char c;
} entities[] = {{"amp", '&'}, {"nbsp", ' '}, {"dollar", '$'}, {"lt", '<'}, {"gt", '>'},
		{"quot", '"'}, {"apos", '\''}, {"rsquo", '\''}, {"lsquo", '\''},
		{"ndash", '-'}, {"mdash", '-'}, {"hellip", '.'}, {"#36", '$'},
		{"#39", '\''}, {"#8211", '-'}, {"#8212", '-'}, {"#160", ' '}};

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

static int tag_is(const char *name, size_t n, const char *const *list)
{
	for (; *list; list++)
		if (tolower((unsigned char)name[0]) == (*list)[0] && strlen(*list) == n &&
		    strncasecmp(name, *list, n) == 0)
			return 1;
	return 0;
}

/* The mark the tag named t[ns..ne) leaves: a heading's start, a block
 * boundary, a term's ':', a cell's '|', else a space. */
static char tag_mark(const char *t, size_t ns, size_t ne, int closing, int in_row)
{
	if (tag_is(t + ns, ne - ns, heading_tags))
		return closing ? CLEAN_MARK_BLOCK : CLEAN_MARK_HEADING;
	if (tag_is(t + ns, ne - ns, term_tags)) {
		/* "<dt>Median</dt><dd>$41,810</dd>" reads as one line,
		 * "Median: $41,810": a term opens a block, its definition
		 * closes it */
		int dt = tolower((unsigned char)t[ne - 1]) == 't';
		return dt ? (closing ? ' ' : CLEAN_MARK_BLOCK) : (closing ? CLEAN_MARK_BLOCK : ':');
	}
	if (tag_is(t + ns, ne - ns, block_tags) &&
	    !(in_row && ne - ns == 2 && strncasecmp(t + ns, "br", 2) == 0))
		return CLEAN_MARK_BLOCK; /* a <br> inside a cell is a space */
	if (!closing && tag_is(t + ns, ne - ns, cell_tags))
		return '|';
	return ' ';
}

/* Where a <script> or <style> named t[ns..ne) closes, past end; else end. */
static size_t skip_to_close(const char *t, size_t len, size_t end, size_t ns, size_t ne)
{
	size_t k;

	for (k = end; k + 2 < len; k++)
		if (t[k] == '<' && t[k + 1] == '/' && strncasecmp(t + k + 2, t + ns, ne - ns) == 0)
			return k;
	return end;
}

/* Blank t[i..end] (the tag) and put its mark at t[i]. */
static void blank_tag(char *t, size_t len, size_t i, size_t end, size_t ns, size_t ne,
		      int closing, char mark, int *in_row)
{
	int tr = ne - ns == 2 && strncasecmp(t + ns, "tr", 2) == 0;
	int li = ne - ns == 2 && strncasecmp(t + ns, "li", 2) == 0;
	int table = ne - ns == 5 && strncasecmp(t + ns, "table", 5) == 0;
	size_t j;

	for (j = i; j <= end && j < len; j++)
		if (t[j] != '\n' || *in_row)
			t[j] = ' ';
	t[i] = mark;
	if (li && !closing && !*in_row && end >= i + 3)
		t[i + 2] = '-'; /* "<li>" reads as " - ", a list item */
	if (tr) {
		*in_row = !closing;
	} else if (table) {
		*in_row = 0;
		t[i] = CLEAN_MARK_TABLE;
	}
}

/* The tag at t[i] ('<') blanked; returns where reading goes on (len if the
 * tag never closes). */
static size_t clean_tag(char *t, size_t len, size_t i, int *in_row)
{
	size_t end = i + 1, ns, ne;
	int closing;
	char mark;

	while (end < len && t[end] != '>')
		end++;
	if (end >= len)
		return len;
	ns = i + 1;
	closing = ns < end && t[ns] == '/';
	if (closing)
		ns++;
	ne = ns;
	while (ne < end && isalnum((unsigned char)t[ne]))
		ne++;
	mark = tag_mark(t, ns, ne, closing, *in_row);
	if (!closing && tag_is(t + ns, ne - ns, skip_tags))
		end = skip_to_close(t, len, end, ns, ne); /* blank everything to the closing tag */
	blank_tag(t, len, i, end, ns, ne, closing, mark, in_row);
	return end + 1;
}

/* The entity at t[i] ('&') as its character and spaces; returns where
 * reading goes on. */
static size_t clean_entity(char *t, size_t len, size_t i)
{
	size_t end = i + 1, k;
	char c = ' ';

	while (end < len && end < i + 10 && (isalnum((unsigned char)t[end]) || t[end] == '#'))
		end++;
	if (!(end < len && t[end] == ';'))
		return i + 1;
	for (k = 0; k < sizeof entities / sizeof entities[0]; k++)
		if (strlen(entities[k].name) == end - i - 1 &&
		    strncasecmp(t + i + 1, entities[k].name, end - i - 1) == 0)
			c = entities[k].c;
	memset(t + i, ' ', end - i + 1);
	t[i] = c;
	return end + 1;
}

void clean_html(char *t, size_t len)
{
	size_t i = 0;
	int in_row = 0;

	while (i < len) {
		if (t[i] == '\n' && in_row)
			t[i++] = ' '; /* line numbers come from the original text */
		else if (t[i] == '<')
			i = clean_tag(t, len, i, &in_row);
		else if (t[i] == '&')
			i = clean_entity(t, len, i);
		else
			i++;
	}
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
