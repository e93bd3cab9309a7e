#include "extract/segment.h"

#include <ctype.h>

#include "extract/clean.h"
#include "model/cue.h"
#include "extract/figure.h"
#include "extract/words.h"

int segment_abbreviation(const doc *d, size_t s, size_t dot)
{
	size_t j = dot;

	while (j > s && (isalpha((unsigned char)d->t[j - 1]) || d->t[j - 1] == '.'))
		j--;
	if (dot - j == 1 && isupper((unsigned char)d->t[j]))
		return 1; /* an initial */
	return dot > j && words_here(d, words_of(cue_words(CUE_ABBREVIATION)), j, dot, NULL);
}

/* Does a list item start at i: "- ", "* ", "+ ", "1. ", "2) "? */
int segment_list_item(const doc *d, size_t i, size_t e)
{
	while (i < e && d->t[i] == ' ')
		i++;
	if (i + 1 < e && (d->t[i] == '-' || d->t[i] == '*' || d->t[i] == '+') && d->t[i + 1] == ' ')
		return 1;
	size_t digits = i;

	while (i < e && doc_is_digit(d->t[i]))
		i++;
	/* a list's number has at most three digits: "in\n2013. Approximately"
	 * goes on a sentence */
	return i + 1 < e && i > digits && i - digits <= 3 &&
	       (d->t[i] == '.' || d->t[i] == ')') && d->t[i + 1] == ' ';
}

/* Prose ends with a full stop; a table row does not. */
int segment_ends_sentence(const doc *d, size_t s, size_t e)
{
	while (e > s && isspace((unsigned char)d->t[e - 1]))
		e--;
	return e > s && (d->t[e - 1] == '.' || d->t[e - 1] == '!' || d->t[e - 1] == '?');
}

/* Is the line ending at nl short, "Label: figure", with a capital
 * beginning the next line? */
static int labelled_line(const doc *d, size_t s, size_t nl, size_t e)
{
	size_t ls = nl, j = nl + 1;
	const char *colon;

	if (nl == s || !doc_is_digit(d->t[nl - 1]))
		return 0;
	while (j < e && d->t[j] == ' ')
		j++;
	if (j >= e || !isupper((unsigned char)d->t[j]))
		return 0;
	while (ls > s && d->t[ls - 1] != '\n')
		ls--;
	if (nl - ls > 60)
		return 0;
	colon = memchr(d->t + ls, ':', nl - ls);
	return colon && colon > d->t + ls && colon[1] == ' ';
}

/* Split [s, e) into sentences. */
size_t segment_sentences(const doc *d, size_t s, size_t e, doc_span *out, size_t max)
{
	size_t n = 0, start = s, i;

	while (start < e && isspace((unsigned char)d->t[start]))
		start++;
	static const char ends[256] = {['.'] = 1, ['!'] = 1, ['?'] = 1, [';'] = 1, [':'] = 1,
				       ['\n'] = 1};

	for (i = start; i < e && n < max; i++) {
		char c;
		size_t j;
		while (i < e && !ends[(unsigned char)d->t[i]])
			i++;
		if (i == e)
			break;
		c = d->t[i];
		if (c == '\n') {
			/* a list item is a sentence of its own; so is a labelled
			 * line ("Hourly wage: 18.75") before another line */
			if ((segment_list_item(d, i + 1, e) || labelled_line(d, start, i, e)) && i > start) {
				out[n].s = start;
				out[n].e = i;
				n++;
				start = i + 1;
				while (start < e && isspace((unsigned char)d->t[start]))
					start++;
				i = start > 0 ? start - 1 : 0;
			}
			continue;
		}
		if (c == '.' && ((i + 1 < e && doc_is_digit(d->t[i + 1])) ||
				 (i > start && d->t[i - 1] == '.')))
			continue; /* "2.5", and dot leaders "Median ..... $41,810" */
		j = i + 1;
		while (j < e && (d->t[j] == '"' || d->t[j] == '\'' || d->t[j] == ')' || d->t[j] == '*'))
			j++;
		if (j < e && !isspace((unsigned char)d->t[j]))
			continue;
		if (c == '.' && segment_abbreviation(d, start, i))
			continue;
		if (c == ':' || c == ';') {
			/* a list after a colon goes on as one sentence unless a capital
			 * follows */
			size_t k = j;
			while (k < e && isspace((unsigned char)d->t[k]))
				k++;
			if (k < e && !isupper((unsigned char)d->t[k]))
				continue;
		}
		out[n].s = start;
		out[n].e = j;
		n++;
		start = j;
		while (start < e && isspace((unsigned char)d->t[start]))
			start++;
		i = start;
		if (i > 0)
			i--;
	}
	if (start < e && n < max) {
		size_t end = e;
		while (end > start && isspace((unsigned char)d->t[end - 1]))
			end--;
		if (end > start) {
			out[n].s = start;
			out[n].e = end;
			n++;
		}
	}
	return n;
}

/* Does the line read as prose: a full stop ending it or a sentence ("pct."
 * and "Avg." in a header line do not)? */
int segment_prose_line(const doc *d, size_t s, size_t e)
{
	const char *dot = memchr(d->t + s, '.', e - s);

	for (; dot; dot = memchr(dot + 1, '.', e - (size_t)(dot + 1 - d->t))) {
		size_t i = (size_t)(dot - d->t) + 1;
		if (segment_abbreviation(d, s, (size_t)(dot - d->t)))
			continue; /* "75th pct." */
		while (i < e && d->t[i] == ' ')
			i++;
		if (i == e || (i > (size_t)(dot - d->t) + 1 && d->t[i - 1] == ' ' &&
			       (size_t)(dot - d->t) + 2 == i && isupper((unsigned char)d->t[i])))
			return 1;
	}
	return 0;
}

int segment_separator_row(const doc *d, size_t s, size_t e)
{
	size_t i;
	int dash = 0;

	for (i = s; i < e; i++) {
		if (d->t[i] == '-')
			dash = 1;
		else if (d->t[i] != '|' && d->t[i] != ':' && d->t[i] != ' ')
			return 0;
	}
	return dash;
}

/* A title line of plain text: short, after a blank line and before one,
 * with no figure and no closing punctuation ("National wages (May 2023)",
 * "STATE COMPARISON"). */
int segment_plain_heading(const doc *d, size_t s, size_t e, int prev_blank)
{
	size_t j = e, end = e;

	/* "*Source: BLS, May 2024.*" ends with its full stop */
	while (end > s && (isspace((unsigned char)d->t[end - 1]) || d->t[end - 1] == '*' ||
			   d->t[end - 1] == '_'))
		end--;
	if (!prev_blank || end - s > 70 || end == s || memchr(d->t + s, '$', end - s) ||
	    strchr(".,:;!?", d->t[end - 1]))
		return 0;
	{
		/* "Hourly wage: 18.75" is a labelled figure; "Part 2: 2024 data"
		 * is a heading */
		const char *colon = memchr(d->t + s, ':', end - s);
		size_t c = colon ? (size_t)(colon - d->t) + 1 : end;
		double v;
		while (c < end && d->t[c] == ' ')
			c++;
		if (c < end && figure_number(d->t, c, end, &v) > c &&
		    !(figure_number(d->t, c, end, &v) == c + 4 && v >= 1990 && v <= 2039))
			return 0;
	}
	if (j >= d->len)
		return 1;
	if (d->t[j] != '\n')
		return 0;
	for (j++; j < d->len && d->t[j] != '\n'; j++)
		if (!isspace((unsigned char)d->t[j]))
			return 0;
	return 1;
}

/* Is [s, e) a rule: "-----", "=====", "+----+----+"? */
int segment_rule_line(const doc *d, size_t s, size_t e)
{
	size_t i, marks = 0;

	if (s < e && doc_is_word(d->t[s]))
		return 0; /* most lines: a word */
	for (i = s; i < e; i++) {
		if (d->t[i] == '-' || d->t[i] == '=' || d->t[i] == '_')
			marks++;
		else if (!strchr(" +|*~\t", d->t[i]))
			return 0;
	}
	return marks >= 3;
}

/* Does a column break stand at q: two spaces, or a tab? */
int segment_column_break(const doc *d, size_t q, size_t e)
{
	return d->t[q] == ' ' &&
	       ((q + 1 < e && d->t[q + 1] == ' ') || (d->tabs[q / 64] >> (q % 64) & 1));
}

/* Is there a column break in [s, e) (columns of an aligned table)? */
int segment_two_spaces(const doc *d, size_t s, size_t e)
{
	const char *p;

	for (p = memchr(d->t + s, ' ', e - s); p; p = memchr(p + 1, ' ', e - (size_t)(p + 1 - d->t)))
		if (segment_column_break(d, (size_t)(p - d->t), e))
			return 1;
	return 0;
}

/* The end of a segment of HTML from s: the next line end or mark; *pipes
 * counts the '|' before it. */
static size_t marked_end(const doc *d, size_t s, int *pipes)
{
	/* t[len] is NUL: the table stops there too (as strcspn does) */
	static const char stop[] = {'\n', CLEAN_MARK_BLOCK, CLEAN_MARK_HEADING, CLEAN_MARK_TABLE, '\0'};
	size_t e = s + strcspn(d->t + s, stop);
	const char *p;

	for (p = memchr(d->t + s, '|', e - s); p; p = memchr(p + 1, '|', e - (size_t)(p + 1 - d->t)))
		(*pipes)++;
	return e;
}

/* The end of the line from s (only HTML leaves marks: the line's end is a
 * memchr away); *pipes counts the '|' before it. */
static size_t line_end(const doc *d, size_t s, int *pipes)
{
	const char *nl = memchr(d->t + s, '\n', d->len - s), *p;
	size_t e = nl ? (size_t)(nl - d->t) : d->len;

	for (p = memchr(d->t + s, '|', e - s); p; p = memchr(p + 1, '|', e - (size_t)(p + 1 - d->t)))
		(*pipes)++;
	return e;
}

void segment_at(const doc *d, size_t i, int prev_blank, segment *sg)
{
	size_t s = i, e, a;
	int pipes = 0;

	sg->marked = i < d->len && (d->t[i] == CLEAN_MARK_BLOCK || d->t[i] == CLEAN_MARK_HEADING ||
				    d->t[i] == CLEAN_MARK_TABLE);
	sg->mark = sg->marked ? d->t[i] : '\0';
	if (sg->marked)
		s++;
	e = d->html ? marked_end(d, s, &pipes) : line_end(d, s, &pipes);
	for (a = s; a < e && isspace((unsigned char)d->t[a]); a++)
		;
	sg->kind = SEGMENT_BLANK;
	if (a < e)
		sg->kind = d->t[a] == '#' || sg->mark == CLEAN_MARK_HEADING	  ? SEGMENT_HEADING
			   : pipes >= 2 || (pipes == 1 && d->t[a] == '|') ? SEGMENT_PIPES
									  : SEGMENT_TEXT;
	if (sg->kind == SEGMENT_TEXT && segment_plain_heading(d, a, e, prev_blank))
		sg->kind = SEGMENT_HEADING;
	sg->s = s;
	sg->e = e;
	sg->a = a;
}

/* Does a clause end at t[c]: a ';', or a ',' that is no thousands
 * separator ("$120,000")? */
int segment_clause_break(const doc *d, size_t c)
{
	return d->t[c] == ';' ||
	       (d->t[c] == ',' && !(c > 0 && doc_is_digit(d->t[c - 1]) && doc_is_digit(d->t[c + 1])));
}
