#include "extract/extract.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/attr.h"
#include "extract/clean.h"
#include "extract/cue.h"
#include "extract/doc.h"
#include "extract/figure.h"
#include "extract/occupation.h"
#include "extract/place.h"
#include "extract/segment.h"
#include "extract/words.h"
#include "model/dict.h"
#include "base/names.h"
#include "base/xalloc.h"
static const char *const between_words[] = {"between", NULL};
static const char *const respectively_words[] = {"respectively", NULL};
static const char *const wage_words[] = {"wage", NULL};
/* words that point back to a place named before: "nurses here" */
static const char *const here_words[] = {"here", "statewide", "in-state", "locally",
					 "in the state", "this state", NULL};

/* words that introduce the same figure in another unit */
static const char *const same_words[] = {"or", "which is", "equivalent to", "works out to",
					 "that is", "that's", "or roughly", "or about", "or nearly",
					 "or around", "equal to", "roughly", "about", NULL};
static const char *const restate_words[] = {
	"that is", "that's", "that works out to", "this works out to", "that equals",
	"this equals", "that comes to", "that translates to", "this translates to",
	"in hourly terms", "put another way", "that is about", "that's about",
	"or about", "that is roughly", "that's roughly", NULL};

/* "medical assistants earn more than phlebotomists" */
static void comparisons(doc *d, doc_span sp, doc_mention *m, size_t *nm, int *looked)
{
	static const char *const more[] = {"more than", "higher than", "better than",
					   "outearn", "outearns", "out-earn", NULL};
	static const char *const less[] = {"less than", "lower than", "below", NULL};
	size_t n, k;
	long at;
	int higher_first;
	extract_comparison cmp;
	char where[512], quote[600];

	if (!d->cmp_fn || (!memmem(d->lc + sp.s, sp.e - sp.s, "than", 4) &&
			   !memmem(d->lc + sp.s, sp.e - sp.s, "earn", 4)) ||
	    (!words_any(d, sp.s, sp.e, more) && !words_any(d, sp.s, sp.e, less)))
		return;
	if (!*looked) {
		*nm = occupation_find(d, sp.s, sp.e, m, 16);
		*looked = 1;
	}
	n = *nm;
	if (n < 2 || !words_any(d, sp.s, sp.e, cue_words(CUE_PAY)))
		return;
	for (k = 0; k + 1 < n; k++) {
		const role *a = m[k].what, *b = m[k + 1].what;
		size_t gs = (size_t)m[k].pos, ge = (size_t)m[k + 1].pos;
		if (strcmp(a->code, b->code) == 0)
			continue;
		int which = 0;
		size_t after;
		if ((at = words_last(d, gs, ge, more, &which)) >= 0)
			higher_first = 1;
		else if ((at = words_last(d, gs, ge, less, &which)) >= 0)
			higher_first = 0;
		else
			continue;
		/* "earn more than clinical laboratory technologists": the second
		 * name follows the comparison closely; "more than $50,000" is a
		 * bound, not a comparison */
		after = (size_t)at + strlen((higher_first ? more : less)[which]);
		if (ge - after > 12 || memchr(d->t + after, '$', ge - after))
			continue;
		cmp.higher_soc = higher_first ? a->code : b->code;
		cmp.lower_soc = higher_first ? b->code : a->code;
		cmp.higher_role = higher_first ? a->title : b->title;
		cmp.lower_role = higher_first ? b->title : a->title;
		doc_where(d, (size_t)at, where, sizeof where);
		doc_quote(d, sp.s, sp.e, quote, sizeof quote);
		cmp.where = where;
		cmp.quote = quote;
		d->cmp_fn(d->ctx, &cmp);
	}
}

/* A labelled figure, a row of a list: "- Respiratory therapists: $77,960",
 * "Ohio - $40,000", "Texas ....... $38,000": at the start of its line an
 * occupation or a place, then a colon, a dash or dot leaders, then the
 * figure. */
static int label_figure(const doc *d, doc_span sp, const doc_fig *f)
{
	doc_mention m[2];
	size_t sep = f->s, ls;

	while (sep > sp.s && (d->t[sep - 1] == ' ' || d->t[sep - 1] == '*'))
		sep--;
	if (sep == sp.s)
		return 0;
	if (d->t[sep - 1] != ':' && d->t[sep - 1] != '-' && d->t[sep - 1] != '.' &&
	    !(f->s >= sep + 2 && d->t[sep] == ' ' && d->t[sep + 1] == ' ')) /* "Ohio   $40,000" */
		return 0;
	if (d->t[sep - 1] == '.' && !(sep >= sp.s + 3 && d->t[sep - 2] == '.' && d->t[sep - 3] == '.'))
		return 0; /* a full stop, not dot leaders */
	while (sep > sp.s && (d->t[sep - 1] == ':' || d->t[sep - 1] == '-' || d->t[sep - 1] == '.' ||
			      d->t[sep - 1] == ' '))
		sep--;
	for (ls = sep; ls > sp.s && d->t[ls - 1] != '\n'; ls--)
		;
	while (ls < sep && (d->t[ls] == ' ' || d->t[ls] == '-' || d->t[ls] == '*' || d->t[ls] == '+'))
		ls++;
	if (ls == sep || sep - ls > 60)
		return 0;
	if (occupation_find(d, ls, sep, m, 1) == 1 || place_find(d, ls, sep, m, 1) == 1)
		return 1;
	/* any short label in a section whose heading names the statistic or
	 * pay: "Hospitals .......... $44,000" under "Pay by setting (median)",
	 * "Tech I, trainee: $17.60" under "Our tech scale (per hour)" */
	if ((d->head_stat != CSTAT_NONE || d->head_pays) && sep - ls <= 40)
		return 1;
	{
		/* a step of a pay scale: "Step 3: $28.95", "Year 2 - $31.00" */
		static const char *const steps[] = {"step", "level", "year", "grade", "tier", "band",
						    NULL};
		size_t c = sep;
		while (c > ls && d->t[c - 1] != ',' && d->t[c - 1] != ';')
			c--;
		while (c < sep && d->t[c] == ' ')
			c++;
		return words_here(d, words_of(steps), c, sep, NULL) && sep - c < 12 &&
		       doc_is_digit(d->t[sep - 1]);
	}
}

/* The occupations a sentence names, looked for once. */
static size_t sentence_roles(const doc *d, doc_span sp, doc_mention *roles, size_t *nroles, int *looked)
{
	if (!*looked) {
		*nroles = occupation_find(d, sp.s, sp.e, roles, 16);
		*looked = 1;
	}
	return *nroles;
}

/* Keep what a sentence names for the sentences after it (role_for). */
static void remember_roles(doc *d, size_t si, const doc_mention *roles, size_t nroles)
{
	if (si < d->nsent && !d->sent_looked[si]) {
		d->sent_role[si] = nroles ? roles[nroles - 1].what : NULL;
		d->sent_looked[si] = 1;
	}
}

static int pay_context(const doc *d, doc_span sp, const doc_fig *f, size_t prev_e, size_t next_s,
		       int sentence_pays, doc_mention *roles, size_t *nroles, int *looked)
{
	size_t from = f->s > sp.s + 60 ? f->s - 60 : sp.s;
	size_t to = f->e + 30 < sp.e ? f->e + 30 : sp.e;
	size_t clause = from > prev_e ? from : prev_e, c;

	/* what follows the figure's clause is not about it: "earn $41,810,
	 * which covers tuition quickly" */
	for (c = f->e; c < to; c++)
		if (d->t[c] == ',' || d->t[c] == ';') {
			to = c;
			break;
		}

	/* "The program costs $5,000, and graduates earn $40,000": a figure
	 * whose own clause says pay is judged on that clause alone */
	for (c = f->s; c > clause; c--)
		if (d->t[c - 1] == ',' || d->t[c - 1] == ';') {
			if (words_any(d, c, f->s, cue_words(CUE_PAY))) {
				from = c;
				if (to > next_s)
					to = next_s;
			}
			break;
		}
	{
		/* "aides paid through the Medicaid program earn at least $20.00":
		 * a wage verb just before the figure makes it pay whatever came
		 * earlier in the clause */
		static const char *const earn[] = {"earn", "earns", "earned", "earning", "salary",
						   "salaries", "wage", "wages", NULL};
		long at = words_last(d, from, f->s, earn, NULL);
		if (at >= 0 && f->s - (size_t)at <= 24)
			from = (size_t)at;
	}
	static const char *const pay_for[] = {"pay for", "pays for", "paid for", "paying for",
					      NULL};

	long pf = words_last(d, from, f->s, pay_for, NULL);
	static const char *const payer[] = {"you", "they", "we", "i", "he", "she", "students",
					    "trainees", "applicants", "will", "to", "must", "can",
					    "may", "should", "might", "also", "often", "usually",
					    "employers", "hospitals", "families", "patients", NULL};

	/* "students pay for the exam" is a cost; "the median pay for
	 * pharmacy technicians" and "Pay for opticians runs..." are not */
	if (pf >= 0 && words_just_before(d, (size_t)pf > sp.s + 16 ? (size_t)pf - 16 : sp.s, (size_t)pf,
				   payer) < 0)
		pf = -1;
	if (words_any(d, from, to, cue_words(CUE_COST)) || pf >= 0)
		return 0;
	{
		/* "expect to pay $1,200", "students will pay $800": the reader pays */
		static const char *const pay[] = {"pay", "spend", "paying", "spending", NULL};
		static const char *const reader[] = {"to", "you", "will", "must", "students",
						     "trainees", "applicants", "should", "members",
						     "clients", "customers", "parents", NULL};
		long at = words_just_before(d, from, f->s, pay);
		if (at >= 0 && words_just_before(d, (size_t)at > sp.s + 12 ? (size_t)at - 12 : sp.s,
					   (size_t)at, reader) >= 0)
			return 0;
	}
	/* a dollar figure in a heading of a pay article is pay; so is a
	 * salary-sized one in a sentence that names an occupation and no cost
	 * ("At $214,200, nurse anesthetists lead all nursing roles") */
	return f->unit != UNIT_NONE || sentence_pays || d->in_heading || label_figure(d, sp, f) ||
	       (f->dollar && f->value >= 5000 && sentence_roles(d, sp, roles, nroles, looked) > 0 &&
		!words_any(d, sp.s, sp.e, cue_words(CUE_COST)));
}

/* Is figure k of the sentence a bonus or differential?  The word after it
 * ("$750 sign-on bonus"), or before it in its own clause ("the night
 * differential at my hospital is $6/hr"), but not one that belongs to the
 * figure before ("a $5,000 sign-on bonus and pays $22 an hour"). */
static int is_bonus(const doc *d, doc_span sp, const doc_fig *f, size_t n, size_t k)
{
	static const char *const paid[] = {"pays", "paid", "earn", "earns", "earned", "make",
					   "makes", "wage", "wages", "salary", NULL};
	size_t lo = k ? f[k - 1].e : sp.s, hi = k + 1 < n ? f[k + 1].s : sp.e;
	long at;

	static const char *const apart[] = {"before", "after", "excluding", "without", "plus",
					    "not", "beyond", "including", "than", NULL};
	if (hi > f[k].e + 25)
		hi = f[k].e + 25;
	at = words_last(d, f[k].e, hi, cue_words(CUE_BONUS), NULL);
	/* "$750 sign-on bonus", not "$1,629 before any differential" */
	if (at >= 0 && !words_any(d, f[k].e, (size_t)at, apart))
		return 1;
	if (f[k].s > lo + 60)
		lo = f[k].s - 60;
	at = words_last(d, lo, f[k].s, cue_words(CUE_BONUS), NULL);
	if (at < 0 || words_any(d, (size_t)at, f[k].s, paid))
		return 0;
	return !(k && (size_t)at < f[k - 1].e + 16); /* the figure before's own word */
}

/* "The 10th and 90th percentiles were $33,000 and $58,000": the
 * percentiles listed before the word "percentiles", in order (at most max);
 * *after is where the list ends. */
static size_t percentile_list(const doc *d, size_t s, size_t e, int *out, size_t max,
			      size_t *after)
{
	static const char *const word[] = {"percentiles", NULL};
	long at = words_last(d, s, e, word, NULL);
	int back[8];
	size_t n = 0, k, j;

	if (at < 0)
		return 0;
	j = (size_t)at;
	while (n < 8) {
		long w = doc_last_word_start(d, s, j);
		size_t q;
		if (w < 0)
			break;
		q = (size_t)w;
		if (doc_word_at(d, q, j, "and") || doc_word_at(d, q, j, "the")) {
			j = q;
			continue;
		}
		if (!doc_is_digit(d->t[q]) || atoi(d->t + q) < 1 || atoi(d->t + q) > 99)
			break;
		back[n++] = atoi(d->t + q);
		j = q;
	}
	if (n < 2 || n > max)
		return 0;
	for (k = 0; k < n; k++)
		out[k] = back[n - 1 - k];
	*after = (size_t)at + 11;
	return n;
}

static void do_sentence(doc *d, size_t si)
{
	doc_span sp = d->sent[si];
	doc_fig f[FIGURE_MAX];
	long index_of[FIGURE_MAX];
	size_t n = figure_find(d, sp.s, sp.e, f, FIGURE_MAX), k;
	int year = attr_year(d, sp.s, sp.e, sp.e);
	const char *src = attr_source(d, sp.s, sp.e);
	doc_mention roles[16], areas[16];
	size_t nroles = 0, nareas = 0;
	int looked = 0, looked_roles = 0, statistic, continuing, pays = -1;

	attr_found tail = n ? attr_stat(d, f[n - 1].e, sp.e) : (attr_found){-1, CSTAT_NONE, NULL};
	int listed[FIGURE_MAX];
	size_t list_end = 0, nlisted = n ? percentile_list(d, sp.s, sp.e, listed, FIGURE_MAX, &list_end)
					 : 0, first_listed = n;

	/* the listed percentiles go to the figures after the list, one each,
	 * when the counts agree */
	for (k = 0; k < n && nlisted; k++)
		if (f[k].s >= list_end) {
			first_listed = k;
			break;
		}
	if (n - first_listed != nlisted)
		nlisted = 0;

	/* "All figures are BLS May 2024 unless noted", "Every pay figure below
	 * is ... unless another source is named" */
	static const char *const unless[] = {"unless", "except where", "except as noted", NULL};
	static const char *const covering[] = {"figures", "figure", "wages", "salaries", "numbers",
					       "data", "pay", NULL};

	comparisons(d, sp, roles, &nroles, &looked_roles);
	if (segment_list_item(d, sp.s, d->len)) {
		d->par_area = NULL; /* a list item's place is its own */
		d->in_item = 1;
	}
	/* what an intro ("National medians, May 2024:") says holds for the
	 * list items and label lines under it, not for prose */
	d->introduced = d->intro_active && (d->in_item || !segment_ends_sentence(d, sp.s, sp.e));
	if ((year || src) && !n && words_any(d, sp.s, sp.e, unless) &&
	    words_any(d, sp.s, sp.e, covering)) {
		d->all_year = year;
		snprintf(d->all_source, sizeof d->all_source, "%s", src ? src : "");
	}
	if (year)
		d->par_year = year;
	if (src)
		snprintf(d->par_source, sizeof d->par_source, "%s", src);
	size_t taken = sp.s; /* the end of a statistic word a figure took from after it */
	for (k = 0; k < n; k++) {
		size_t ws = k ? (f[k - 1].e > taken ? f[k - 1].e : taken) : sp.s;
		attr_found cue = attr_stat(d, ws, f[k].s);
		int range_end = f[k].dollar == 2;
		index_of[k] = -1;
		if (f[k].value < 0.01 || f[k].value > 5e6) {
			f[k].skip = 1;
			continue;
		}
		if (!range_end) /* "from $21 up to $28": the range's own words */
			f[k].qual = attr_qualifier(d, ws, f[k].s);
		{
			/* "$64,910 or less", "$90,000 and up"; "$8,700 more a year" is
			 * a difference, not pay */
			static const char *const or_less[] = {"or less", "or lower", "or under",
							      "or below", NULL};
			static const char *const or_more[] = {"or more", "or higher", "or above",
							      "and up", "and above", NULL};
			static const char *const diff[] = {"more", "less", "higher", "lower", "extra",
							   "below", "above", "behind", "ahead", NULL};
			/* pay by the visit, shift, day or mile has no unit of the
			 * claims' and is not compared: not a claim */
			static const char *const per[] = {
				"per visit", "a visit", "per completed", "per shift", "a shift",
				"per 12-hour", "per 24-hour", "per day", "a day", "per diem",
				"per mile", "a mile", "per patient", "per case", "per procedure",
				"per session", "a session", "per night", "a night", "per load", "per stop",
				"per class", "a class", "per appointment", "an appointment", NULL};
			size_t a = f[k].e;
			while (a < sp.e && d->t[a] == ' ')
				a++;
			attr_unit_after_to(d, a, sp.e, &a);
			while (a < sp.e && (d->t[a] == ' ' || d->t[a] == ','))
				a++;
			if (words_here(d, words_of(or_less), a, sp.e, NULL))
				f[k].qual = QUAL_LESS_THAN;
			else if (words_here(d, words_of(or_more), a, sp.e, NULL))
				f[k].qual = QUAL_MORE_THAN;
			a = f[k].e;
			while (a < sp.e && d->t[a] == ' ')
				a++;
			{
				/* "$2.35/hr more", "$3 an hour more" */
				size_t u = a;
				if (attr_unit_after_to(d, a, sp.e, &u) != UNIT_NONE && u > a) {
					while (u < sp.e && d->t[u] == ' ')
						u++;
					if (words_here(d, words_of(diff), u, sp.e, NULL))
						a = u;
				}
			}
			if ((a > f[k].e && words_here(d, words_of(diff), a, sp.e, NULL)) ||
			    words_here(d, words_of(per), a, sp.e, NULL)) {
				f[k].skip = 1;
				continue;
			}
		}
		if (f[k].e < sp.e && d->t[f[k].e] == '+')
			f[k].qual = QUAL_MORE_THAN; /* "$100,000+" */
		else if (f[k].s > sp.s && (d->t[f[k].s - 1] == '~' ||
					   (f[k].s >= sp.s + 3 && !memcmp(d->t + f[k].s - 3, "\xe2\x89\x88", 3))))
			f[k].qual = QUAL_ABOUT; /* "~$41,810", "≈$41,810" */
		{
			/* a range's end keeps the unit its start found */
			unit after = attr_unit_after(d, f[k].e, sp.e);
			if (after != UNIT_NONE || !range_end)
				f[k].unit = after;
		}
		if (f[k].unit == UNIT_NONE && !range_end)
			f[k].unit = attr_unit_before(d, ws, f[k].s);
		f[k].stat = cue.value;
		if (cue.pos < 0 || f[k].after_cue) {
			/* named after the figure: "$38,000 (median)", "$37.50 an hour
			 * on average", "($41,810), ... all earned medians" */
			size_t next = k + 1 < n ? f[k + 1].s : sp.e;
			attr_found post = f[k].after_cue ? (attr_found){0, f[k].after_cue, NULL}
						    : attr_stat(d, f[k].e, next);
			if (post.value == CSTAT_NONE && n > 1)
				post = tail; /* "A ($1), B ($2) and C ($3) all earned medians" */
			if (post.value != CSTAT_NONE && post.value != CSTAT_RANGE_LOW) {
				f[k].stat = post.value;
				/* "$74,100 median, $75,880 mean": a word right after the
				 * figure is its own, not the next figure's */
				if (!f[k].after_cue && post.pos >= 0 && (size_t)post.pos < next &&
				    (size_t)post.pos - f[k].e <= 16 &&
				    !memchr(d->t + f[k].e, ',', (size_t)post.pos - f[k].e) &&
				    !memchr(d->t + f[k].e, ';', (size_t)post.pos - f[k].e))
					taken = (size_t)post.pos + 1;
			}
		}
		/* a range: "between $X and $Y", "from $X to $Y", "$X-$Y", "$X to $Y",
		 * "$17.50/hr to $19/hr", "from $21 up to $28" */
		if (k + 1 < n && !range_end &&
		    !(f[k].after_cue >= 1 && f[k].after_cue <= 99)) { /* "$33,000 (bottom 10%) to" */
			size_t g = f[k].e, to = 0;
			int dash = 0;
			attr_unit_after_to(d, g, f[k + 1].s, &g);
			while (g < f[k + 1].s && (d->lc[g] == ' ' || d->t[g] == '-'))
				dash |= d->t[g++] == '-';
			if (doc_word_at(d, g, f[k + 1].s, "up") && doc_word_at(d, g + 3, f[k + 1].s, "to"))
				g += 3;
			if (doc_word_at(d, g, f[k + 1].s, "to"))
				to = g + 2;
			else if (doc_word_at(d, g, f[k + 1].s, "and") &&
				 words_last(d, ws, f[k].s, between_words, NULL) >= 0)
				to = g + 3;
			/* the connector must lead straight to the figure: not "$55,090
			 * to its LPNs, ... $58,800" */
			while (to && to < f[k + 1].s && d->lc[to] == ' ')
				to++;
			/* "$16.40     $19.85" in a row of columns is no range */
			if ((g == f[k + 1].s && dash) || (to && to == f[k + 1].s)) {
				int middle = cue.value == CSTAT_RANGE_LOW;
				unit u = attr_unit_after(d, f[k + 1].e, sp.e);
				if (u == UNIT_NONE)
					u = f[k].unit != UNIT_NONE ? f[k].unit : attr_unit_before(d, ws, f[k].s);
				f[k].stat = middle ? 25 : (cue.value >= 1 && cue.value <= 99 ? cue.value
											      : CSTAT_RANGE_LOW);
				if (!middle && f[k].stat != CSTAT_RANGE_LOW)
					f[k].stat = CSTAT_RANGE_LOW;
				f[k].unit = u;
				f[k + 1].dollar = 2;
				f[k + 1].stat = middle ? 75 : CSTAT_RANGE_HIGH;
				f[k + 1].unit = u;
				f[k + 1].qual = QUAL_EXACT;
			}
		}
		if (range_end) {
			if (f[k].stat == CSTAT_NONE || f[k].stat == CSTAT_RANGE_LOW)
				f[k].stat = CSTAT_RANGE_HIGH;
			if (k > 0 && f[k - 1].stat == 25)
				f[k].stat = 75;
		} else if (cue.pos < 0 && k > 0 && !f[k - 1].skip &&
			   !(k + 1 < n && f[k + 1].dollar == 2) && /* begins a range */
			   (words_just_before(d, f[k - 1].e, f[k].s, same_words) >= 0 ||
			    (f[k].s - f[k - 1].e < 40 &&
			     (words_any(d, f[k - 1].e, f[k].s, same_words) ||
			      memchr(d->t + f[k - 1].e, '(', f[k].s - f[k - 1].e))))) {
			/* "$42,000 a year, or $20.19 an hour": the same figure again */
			f[k].stat = f[k - 1].stat;
			f[k].pair = (int)(k - 1);
		} else if (cue.pos < 0 && k == 0 && d->last_claim >= 0 &&
			   words_just_before(d, sp.s, f[k].s, restate_words) >= 0 && si > 0) {
			/* "... $62,340 a year. That is $29.97 an hour." */
			f[k].stat = d->last_stat;
			f[k].pair_claim = d->last_claim;
		}
		if (f[k].stat == CSTAT_NONE && cue.pos < 0 && k > 0 && !f[k - 1].skip &&
		    f[k - 1].stat >= 1 && f[k - 1].stat <= CSTAT_TOP10_MEAN &&
		    f[k - 1].stat != CSTAT_RANGE_LOW && f[k - 1].stat != CSTAT_RANGE_HIGH &&
		    !words_any(d, f[k - 1].e, f[k].s, cue_words(CUE_PAY)))
			f[k].stat = f[k - 1].stat; /* "$40,000 in Ohio, $42,000 in Texas" */
		if (f[k].stat == CSTAT_RANGE_LOW && !(k + 1 < n && f[k + 1].dollar == 2))
			f[k].stat = CSTAT_NONE; /* "the middle 50%" with one figure */
		/* "Oregon ($113,440) and Massachusetts ($108,850) follow.": a
		 * sentence with no word of pay goes on from the one before */
		if (pays < 0)
			pays = words_any(d, sp.s, sp.e, cue_words(CUE_PAY));
		if (d->par_claims > 0 && !pays)
			sentence_roles(d, sp, roles, &nroles, &looked_roles);
		continuing = d->par_claims > 0 && !pays && nroles == 0;
		if (continuing && f[k].stat == CSTAT_NONE)
			f[k].stat = d->last_stat;
		if (f[k].stat == CSTAT_NONE && d->head_stat != CSTAT_NONE && !d->introduced &&
		    label_figure(d, sp, &f[k]))
			f[k].stat = d->head_stat; /* a list under "Mean wage by state" */
		if (d->introduced && f[k].stat == CSTAT_NONE)
			f[k].stat = d->intro_stat;
		if (d->introduced && f[k].unit == UNIT_NONE)
			f[k].unit = d->intro_unit;
		if (is_bonus(d, sp, f, n, k)) {
			f[k].stat = CSTAT_BONUS;
		} else if (f[k].value < 1) {
			f[k].skip = 1; /* cents are pay only as a differential */
			continue;
		} else if (!(d->introduced && sp.e - sp.s < 100) &&
			   !(continuing && !words_any(d, sp.s, sp.e, cue_words(CUE_COST))) &&
			   !pay_context(d, sp, &f[k], k ? f[k - 1].e : sp.s, k + 1 < n ? f[k + 1].s : sp.e,
					pays, roles, &nroles, &looked_roles)) {
			f[k].skip = 1;
			continue;
		}
		if (f[k].unit == UNIT_NONE)
			f[k].unit = f[k].value < 200 ? UNIT_HOURLY : UNIT_ANNUAL;
	}
	for (k = 0; k < n && !d->stopped; k++) {
		doc_context cx;
		if (f[k].skip)
			continue;
		if (f[k].pair >= 0 && f[f[k].pair].skip)
			f[k].pair = -1;
		sentence_roles(d, sp, roles, &nroles, &looked_roles);
		if (!looked) {
			nareas = place_find(d, sp.s, sp.e, areas, 16);
			looked = 1;
		}
		cx.role = occupation_for(d, si, roles, nroles, f[k].s);
		if (nroles == n && n >= 2 && (size_t)roles[n - 1].pos < f[0].s &&
		    words_any(d, f[n - 1].e, sp.e, respectively_words))
			cx.role = roles[k].what; /* "A and B earn $X and $Y, respectively" */
		cx.area = place_for(d, areas, nareas, &f[k], k + 1 < n ? f[k + 1].s : sp.e);
		/* a figure goes on the year and source of the paragraph's earlier
		 * sentences when it names a statistic ("The lowest 10 percent
		 * earned..."), not when it is a loose figure of its own */
		if (nlisted && k >= first_listed)
			f[k].stat = listed[k - first_listed];
		statistic = f[k].stat >= 1 && f[k].stat <= CSTAT_TOP10_MEAN &&
			    f[k].stat != CSTAT_RANGE_LOW && f[k].stat != CSTAT_RANGE_HIGH;
		cx.year = attr_year(d, sp.s, sp.e, f[k].s);
		if (!cx.year)
			cx.year = statistic && d->par_year ? d->par_year
				  : d->introduced && d->intro_year ? d->intro_year : d->head_year;
		if (!cx.year)
			cx.year = d->all_year;
		cx.source = src ? src : statistic && d->par_source[0] ? d->par_source
				  : d->introduced && d->intro_source[0] ? d->intro_source
				  : d->all_source[0] ? d->all_source : NULL;
		if (!cx.area && words_any(d, sp.s, sp.e, here_words)) {
			/* "Nebraska is a lower-wage state. Nurses here averaged..." */
			doc_mention m[8];
			size_t na = place_find(d, d->par_s, sp.s, m, 8);
			if (na)
				cx.area = m[na - 1].what;
		}
		if (!cx.area)
			cx.area = place_default(d, cx.source);
		cx.qs = sp.s;
		cx.qe = sp.e;
		index_of[k] = d->nclaims;
		doc_emit(d, &f[k], &cx, index_of);
	}
	if (looked_roles)
		remember_roles(d, si, roles, nroles);
}

typedef struct column_meaning {
	int stat;
	unit unit;
	int label;        /* 1: area, 2: role, 4: counts or costs, never pay */
	const role *role; /* a column of one occupation's figures */
	const area *area; /* ... or of one place's: "| | Ohio | Texas |" */
	int year;         /* a column of one year's figures: "| 2022 | 2023 |" */
	int thousands;    /* figures written in thousands: "Annual ($1,000s)" */
	int pay;          /* the header says pay, so a bare number under it is */
} column_meaning;

static column_meaning header_cell(const doc *d, size_t s, size_t e)
{
	column_meaning m = {CSTAT_NONE, UNIT_NONE, 0, NULL, NULL, 0, 0, 0};
	static const char *const area_words[] = {"state", "area", "region", "location", "city",
						 "metro", NULL};
	static const char *const role_words[] = {"occupation", "role", "job", "title", "position",
						 "career", "profession", NULL};
	attr_found cue = attr_stat(d, s, e);

	static const char *const pay_columns[] = {
		"pay", "wage", "wages", "salary", "salaries", "earnings", "income", "rate", "earn",
		"earns", "usd", "dollars", "starting", "entry", "entry-level", "experienced",
		"mid-career", "senior", "earners", "low", "high", "lowest", "highest", "top",
		"bottom", "minimum", "maximum", "min", "max", "range", "typical", "start",
		"band", NULL};
	size_t a = s, end;

	m.stat = cue.value == CSTAT_RANGE_LOW ? CSTAT_NONE : cue.value;
	while (a < e && (d->t[a] == ' ' || d->t[a] == '*'))
		a++;
	if (m.stat == CSTAT_NONE && a < e && attr_ordinal(d, a, e, &end))
		m.stat = attr_ordinal(d, a, e, &end); /* "10th", "P90" */
	if (m.stat == CSTAT_NONE) {
		/* "Low (10%)", "High (90%)" */
		const char *pct = memchr(d->t + s, '%', e - s);
		size_t q = pct ? (size_t)(pct - d->t) : s;
		static const char *const high[] = {"high", "higher", "top", "upper", NULL};
		while (q > s && doc_is_digit(d->t[q - 1]))
			q--;
		if (pct && q < (size_t)(pct - d->t)) {
			int n = atoi(d->t + q);
			if (n > 50 && n < 100)
				m.stat = n;
			else if (n >= 1 && n < 50)
				m.stat = words_any(d, s, q, high) ? 100 - n : n;
		}
	}
	m.unit = attr_unit_before(d, s, e);
	m.thousands = attr_thousands(d, s, e);
	/* "Hourly" alone heads a column of pay; "Annual openings" does not */
	if (m.stat == CSTAT_NONE &&
	    (words_any(d, s, e, pay_columns) ||
	     (m.unit != UNIT_NONE && doc_next_word_start(d, (size_t)doc_next_word_start(d, s, e) + 1, e) < 0)))
		m.stat = CSTAT_UNSPECIFIED;
	if (m.stat == CSTAT_UNSPECIFIED && !words_any(d, s, e, wage_words)) {
		/* "Grid min | Grid max": the ends of a pay range ("Minimum wage"
		 * is a wage of its own) */
		static const char *const low_end[] = {"min", "minimum", NULL};
		static const char *const high_end[] = {"max", "maximum", NULL};
		if (words_any(d, s, e, low_end))
			m.stat = CSTAT_RANGE_LOW;
		else if (words_any(d, s, e, high_end))
			m.stat = CSTAT_RANGE_HIGH;
	}
	doc_mention who[2];

	if (words_any(d, s, e, cue_words(CUE_BONUS))) {
		m.stat = CSTAT_BONUS; /* "Night differential", "Sign-on bonus" */
		m.pay = 1;
		return m;
	}
	/* "Avg tenure (yrs)", "Tuition": a column of counts or costs */
	if ((words_any(d, s, e, cue_words(CUE_COUNT)) || words_any(d, s, e, cue_words(CUE_COST))) &&
	    !words_any(d, s, e, cue_words(CUE_PAY))) {
		m.stat = CSTAT_NONE;
		m.label = 4;
		return m;
	}
	m.pay = m.stat != CSTAT_NONE || memchr(d->t + s, '$', e - s) != NULL;
	if (m.stat == CSTAT_NONE && e > s && occupation_find(d, s, e, who, 1) == 1)
		m.role = who[0].what;
	if (m.stat == CSTAT_NONE && e - s <= 12) {
		/* "2023", "FY2023", "Q4 2024", "May 2024": a year's column */
		size_t q;
		for (q = s; q + 4 <= e; q++)
			if ((q == s || !doc_is_digit(d->t[q - 1])) &&
			    (q + 4 == e || !doc_is_digit(d->t[q + 4])) &&
			    figure_number(d->t, q, q + 4, &(double){0}) == q + 4 && atoi(d->t + q) >= 1990 &&
			    atoi(d->t + q) <= 2039)
				m.year = atoi(d->t + q);
	}
	if (m.stat == CSTAT_NONE && !m.role && !m.year && e > s && !words_any(d, s, e, area_words) &&
	    place_find(d, s, e, who, 2) == 1 &&
	    (e - s <= who[0].len + 4 || /* "Ohio", not "Employment (US, 2024)" */
	     ((size_t)who[0].pos + who[0].len >= e - 1 && e - s <= who[0].len + 24 &&
	      memchr(d->t + s, ',', (size_t)who[0].pos - s)))) /* "Tulsa, Oklahoma" */
		m.area = who[0].what;
	if (m.role || m.year || m.area)
		m.stat = d->intro_active && d->intro_stat != CSTAT_NONE ? d->intro_stat
			 : d->head_stat != CSTAT_NONE			? d->head_stat
									: CSTAT_UNSPECIFIED;
	if (m.stat == CSTAT_NONE && words_any(d, s, e, area_words))
		m.label = 1;
	else if (m.stat == CSTAT_NONE && words_any(d, s, e, role_words))
		m.label = 2;
	return m;
}

/* Cells of a row: pipe-separated, or (for whitespace tables) the label then
 * the figures.  Returns the count. */
static size_t pipe_cells(const doc *d, size_t s, size_t e, doc_span *cells, size_t max)
{
	size_t n = 0, i = s, start;

	while (i < e && (d->t[i] == ' ' || d->t[i] == '\t'))
		i++;
	if (i < e && d->t[i] == '|')
		i++;
	start = i;
	for (; i <= e && n < max; i++) {
		if (i == e || d->t[i] == '|') {
			size_t a = start, b = i;
			while (a < b && isspace((unsigned char)d->t[a]))
				a++;
			while (b > a && isspace((unsigned char)d->t[b - 1]))
				b--;
			if (!(i == e && a == b)) {
				cells[n].s = a;
				cells[n].e = b;
				n++;
			}
			start = i + 1;
		}
	}
	return n;
}

/* The statistics a header line names, in order. */
static size_t header_cues(const doc *d, size_t s, size_t e, int *stats, size_t max)
{
	size_t q, n = 0, end;

	for (q = s; q < e && n < max; q++) {
		int st = attr_stat_at(d, q, e, &end);
		if (st != CSTAT_NONE) {
			stats[n++] = st;
			q = end;
		}
	}
	return n;
}

typedef struct table_state {
	int active;
	column_meaning cols[16]; /* by cell, for pipe rows */
	size_t ncols;
	column_meaning figs[16]; /* the columns of figures in order, for
				    whitespace rows */
	size_t nstats;
	const area *section_area; /* a row naming only a place: "| **Ohio** | |" */
	const role *section_role; /* ... or only an occupation */
	int thousands;           /* a note or the text before says "in thousands" */
	int pay;                 /* ... or names pay: bare numbers in it are pay */
	size_t wrap_s, wrap_e;   /* a row label's first line: "Home health and\n
				    aides   30.2   33.5" */
	int note_year;           /* from a "Source: ..." line under the table */
	char note_source[64];
	const area *note_area;   /* "These are figures for the Chicago area" */
	const area *caption_area; /* ... or above it: "Mean wages in Wisconsin" */
	int before_year;         /* the paragraph before the table's */
	char before_source[64];
} table_state;

/* One table row.  cells are pipe cells (by_position 0) or the figures of
 * a row such as "California $44,650 $35,370 $68,670" (by_position 1). */
static void table_row(doc *d, table_state *ts, doc_span *cells, size_t ncells, size_t rs,
		      size_t re, int by_position)
{
	doc_context cx;
	size_t k, label_e = by_position && ncells ? cells[0].s : re;
	const role *row_role = NULL;
	const area *row_area = NULL;
	long index_of[1] = {-1};
	/* the row's claims so far: an hourly and an annual cell of the same
	 * statistic are one figure twice ("$34.43 | $79,130") */
	struct {
		int stat;
		unit unit;
		long claim;
	} made[32];
	size_t nmade = 0;
	int row_stat, row_year = 0, label_year = 0, label_pays = 0, label_counts = 0,
	    label_bonus = 0;
	const char *label_source = NULL;

	if (by_position) {
		size_t le = label_e;
		while (le > rs && (d->t[le - 1] == ' ' || d->t[le - 1] == '|'))
			le--;
		if (le > rs) {
			row_area = dict_area(d->t + rs, le - rs);
			row_role = dict_role(d->t + rs, le - rs);
		}
		if (!row_role && !row_area) {
			/* "LAB-210   Clinical Laboratory Technologist", or a label
			 * wrapped from the line above */
			size_t from = ts->wrap_e > ts->wrap_s && ts->wrap_e < rs ? ts->wrap_s : rs;
			doc_mention m[1];
			if (occupation_find(d, from, le, m, 1) == 1)
				row_role = m[0].what;
			else if (from < rs)
				row_area = place_named(d, from, le);
		}
		ts->wrap_s = ts->wrap_e = 0;
	} else {
		for (k = 0; k < ncells && k < ts->ncols; k++)
			/* not a number: "| 10 |" is a grade, not FIPS 10 (Delaware) */
			if (ts->cols[k].stat == CSTAT_NONE && !doc_is_digit(d->t[cells[k].s])) {
				doc_mention m[1];
				if (!row_area)
					row_area = dict_area(d->t + cells[k].s, cells[k].e - cells[k].s);
				if (!row_role)
					row_role = dict_role(d->t + cells[k].s, cells[k].e - cells[k].s);
				/* "Medical secretary / front desk", "Physical
				 * therapists, per year" */
				if (!row_role && occupation_find(d, cells[k].s, cells[k].e, m, 1) == 1)
					row_role = m[0].what;
			}
	}
	{
		/* a row named by a statistic: "10th", "50th (median)", "Median" */
		size_t ls = by_position ? rs : ncells ? cells[0].s : rs;
		size_t le = by_position ? label_e : ncells ? cells[0].e : rs;
		size_t end;
		while (ls < le && (d->t[ls] == ' ' || d->t[ls] == '|'))
			ls++;
		row_stat = ls < le ? attr_stat_at(d, ls, le, &end) : CSTAT_NONE;
		if (row_stat == CSTAT_NONE && ls < le && attr_ordinal(d, ls, le, &end))
			row_stat = attr_ordinal(d, ls, le, &end);
	}
	{
		/* what the row's label says: a cost ("Typical tuition") leaves the
		 * row out; pay, a year or a source ("Median pay (BLS, May 2024)")
		 * holds for its figures */
		size_t lk;
		int dollars = figure_money_in(d, rs, re);
		for (lk = 0; lk < (by_position ? 1 : ncells); lk++) {
			size_t ls = by_position ? rs : cells[lk].s, le = by_position ? label_e : cells[lk].e;
			if (!by_position && (lk >= ts->ncols || ts->cols[lk].stat != CSTAT_NONE))
				continue;
			if (words_any(d, ls, le, cue_words(CUE_COST)))
				return;
			if (words_any(d, ls, le, cue_words(CUE_BONUS)))
				label_bonus = 1; /* "| Sign-on bonus | $7,500 |" */
			if (!dollars) {
				label_pays |= words_any(d, ls, le, cue_words(CUE_PAY));
				label_counts |= words_any(d, ls, le, cue_words(CUE_COUNT));
			}
			if (!label_year)
				label_year = attr_year(d, ls, le, le);
			if (!label_source)
				label_source = attr_source(d, ls, le);
		}
		label_pays |= row_stat != CSTAT_NONE || label_bonus;
		if (label_bonus)
			row_stat = CSTAT_BONUS;
		if (label_counts && !label_pays)
			return; /* "Jobs held, 2024" */
	}
	if (!by_position && !memchr(d->t + rs, '$', re - rs) && !memchr(d->t + rs, '%', re - rs)) {
		/* a row naming only a place or an occupation, with no figure,
		 * heads the rows under it: "| **Ohio** | |" */
		doc_mention m[1];
		const area *a = place_named(d, rs, re);
		const role *r = occupation_find(d, rs, re, m, 1) == 1 ? m[0].what : NULL;
		int figures = 0;
		for (k = 0; k < ncells; k++)
			figures |= figure_number(d->t, cells[k].s, cells[k].e, &(double){0}) > cells[k].s;
		if (!figures && (a || r)) {
			ts->section_area = a;
			ts->section_role = r;
			return;
		}
	}
	if (!row_area)
		row_area = ts->section_area;
	if (!row_role)
		row_role = ts->section_role;
	cx.role = row_role ? row_role : occupation_for(d, d->nsent, NULL, 0, 0);
	{
		/* a row named by a year: "| 2017 | $32,480 |" */
		size_t ls = by_position ? rs : ncells ? cells[0].s : rs;
		size_t le = by_position ? label_e : ncells ? cells[0].e : rs;
		while (ls < le && (d->t[ls] == ' ' || d->t[ls] == '|'))
			ls++;
		while (le > ls && d->t[le - 1] == ' ')
			le--;
		if (le - ls >= 4 && le - ls <= 8 && doc_is_digit(d->t[ls])) {
			int y = atoi(d->t + ls);
			if (y >= 1990 && y <= 2039)
				row_year = y;
		}
	}
	d->intro_used |= d->intro_active;
	cx.area = row_area				    ? row_area
		  : ts->note_area			    ? ts->note_area
		  : ts->caption_area			    ? ts->caption_area
		  : d->intro_active && d->intro_area ? d->intro_area
		  : d->par_area				    ? d->par_area
							    : d->head_area;
	cx.year = d->intro_active && d->intro_year ? d->intro_year
		  : ts->note_year		 ? ts->note_year
		  : ts->before_year		 ? ts->before_year
						 : d->head_year;
	cx.source = d->intro_active && d->intro_source[0] ? d->intro_source
		    : ts->note_source[0]		    ? ts->note_source
		    : ts->before_source[0]		    ? ts->before_source
							    : NULL;
	if (label_year)
		cx.year = label_year;
	if (label_source)
		cx.source = label_source;
	if (row_year)
		cx.year = row_year;
	if (!cx.year)
		cx.year = d->all_year;
	if (!cx.source && d->all_source[0])
		cx.source = d->all_source;
	if (!cx.area)
		cx.area = place_default(d, cx.source);
	cx.qs = rs;
	cx.qe = re;
	for (k = 0; k < ncells && !d->stopped; k++) {
		doc_fig f;
		double v, mult;
		size_t j = cells[k].s, end, fig_s;
		const column_meaning *col = by_position ? (k < ts->nstats ? &ts->figs[k] : NULL)
							: (k < ts->ncols ? &ts->cols[k] : NULL);
		int stat = col ? col->stat : CSTAT_NONE;
		unit u = col ? col->unit : UNIT_NONE;
		const role *column_role = col ? col->role : NULL;
		/* money under a header that names neither pay nor a label ("Our
		 * proposal") is pay of no statistic named */
		if (stat == CSTAT_NONE && !by_position && col && !col->label &&
		    ts->cols[0].label != 4 && figure_money_in(d, cells[k].s, cells[k].e))
			stat = CSTAT_UNSPECIFIED;
		/* a row named by a statistic says what a column of one
		 * occupation's, place's or year's figures holds */
		if ((stat == CSTAT_UNSPECIFIED || column_role) && row_stat != CSTAT_NONE)
			stat = row_stat;
		if (stat == CSTAT_NONE)
			continue;
		/* a number without '$' is pay in a column, row or table that says
		 * pay: not the "Jobs held" of a table of two occupations */
		if (!memchr(d->t + cells[k].s, '$', cells[k].e - cells[k].s) && !(col && col->pay) &&
		    !label_pays && !ts->pay)
			continue;
		while (j < cells[k].e &&
		       (d->t[j] == '$' || d->t[j] == ' ' || d->t[j] == '*' || d->t[j] == '+'))
			j++; /* "+ $3.00/hr" */
		/* each figure of the cell: "$20.10 / $41,810", "$20.19/hr ($42,000/yr)" */
		int band = 0;
		size_t first = cells[k].s;
		while (first < j && d->t[first] != '$' && !doc_is_digit(d->t[first]))
			first++; /* where = the '$', not the "+ " before it */
		for (fig_s = first;; j = end) {
			end = figure_number(d->t, j, cells[k].e, &v);
			if (end == j)
				break;
			size_t digits_end = end;
			end = figure_suffix(d, end, cells[k].e, &mult);
			if (mult < 0)
				break;
			if (d->t[first] != '$' && end == digits_end) {
				/* a bare number is no pay when a word or '%' says what it
				 * counts: "26 days", "4%" */
				size_t a = end;
				while (a < cells[k].e && d->t[a] == ' ')
					a++;
				if (a < cells[k].e && (d->t[a] == '%' || (isalpha((unsigned char)d->t[a]) &&
									 attr_unit_after(d, end, cells[k].e) ==
										 UNIT_NONE)))
					break;
			}
			memset(&f, 0, sizeof f);
			f.s = fig_s;
			f.e = end;
			f.value = v * mult;
			if (end == digits_end && v < 10000 && ((col && col->thousands) || ts->thousands))
				f.value *= 1000; /* "58.2" in a column of $1,000s */
			f.stat = stat;
			if (stat == CSTAT_UNSPECIFIED && fig_s == first) {
				/* "$17.25 - $24.15", "$17.25 to $24.15": a band's ends */
				size_t g = end;
				attr_unit_after_to(d, g, cells[k].e, &g);
				while (g < cells[k].e && (d->t[g] == ' ' || d->t[g] == '-'))
					g++;
				if (doc_word_at(d, g, cells[k].e, "to"))
					for (g += 2; g < cells[k].e && d->t[g] == ' '; g++)
						;
				if (g > end && g < cells[k].e && d->t[g] == '$' &&
				    (memchr(d->t + end, '-', g - end) || doc_word_at(d, g - 3, g, "to")))
					band = f.stat = CSTAT_RANGE_LOW;
			} else if (band) {
				f.stat = CSTAT_RANGE_HIGH;
			}
			f.qual = QUAL_EXACT;
			f.pair = -1;
			f.pair_claim = -1;
			f.unit = attr_unit_after(d, end, cells[k].e);
			if (f.unit == UNIT_NONE)
				f.unit = u;
			if (f.unit == UNIT_NONE)
				f.unit = f.value < 200 ? UNIT_HOURLY : UNIT_ANNUAL;
			{
				size_t m;
				for (m = 0; m < nmade; m++)
					if (made[m].stat == f.stat && made[m].unit != f.unit &&
					    (made[m].unit == UNIT_HOURLY || f.unit == UNIT_HOURLY) &&
					    f.stat != CSTAT_UNSPECIFIED)
						f.pair_claim = made[m].claim;
				if (nmade < 32) {
					made[nmade].stat = f.stat;
					made[nmade].unit = f.unit;
					made[nmade++].claim = d->nclaims;
				}
			}
			{
				doc_context cell = cx;
				if (column_role)
					cell.role = column_role;
				if (col && col->year)
					cell.year = col->year;
				if (col && col->area)
					cell.area = col->area;
				doc_emit(d, &f, &cell, index_of);
			}
			while (end < cells[k].e && d->t[end] != '$')
				end++;
			if (end >= cells[k].e || by_position)
				break;
			fig_s = end++;
		}
	}
}

/* --- the document ------------------------------------------------------ */

static void heading(doc *d, size_t s, size_t e)
{
	doc_mention m[8];
	int here, y;
	doc_span sp = {s, e};
	const role *r = occupation_of_sentence(d, sp, e, &here);
	size_t na = place_find(d, s, e, m, 8);

	if (r)
		d->head_role = r;
	d->head_stat = attr_stat(d, s, e).value;
	d->head_pays = words_any(d, s, e, cue_words(CUE_PAY));
	if (d->head_stat == CSTAT_RANGE_LOW)
		d->head_stat = CSTAT_NONE;
	y = attr_year(d, s, e, e);
	if (d->headings++ == 0)
		d->title_year = y;
	d->head_year = y ? y : d->title_year;
	d->head_area = na ? m[0].what : d->head_area;
	d->par_year = 0;
	d->par_area = NULL;
	d->par_source[0] = '\0';
	d->par_claims = 0; /* a table's claims do not go on past a heading */
	d->nsent = 0;
	d->intro_active = 0;
	d->prev_year = 0;
	d->prev_source[0] = '\0';
}

/* After a paragraph: does it introduce a list or table ("...May 2023:")? */
static void intro_after(doc *d, const doc_span *sp, size_t n)
{
	size_t k, longest = 0;
	doc_span last;
	size_t end;
	attr_found cue;

	for (k = 0; k < n; k++)
		if (sp[k].e - sp[k].s > longest)
			longest = sp[k].e - sp[k].s;
	if (n == 0)
		return;
	last = sp[n - 1];
	end = last.e;
	while (end > last.s && isspace((unsigned char)d->t[end - 1]))
		end--;
	/* "...for dental hygienists, May 2023:", or "These are mean annual wages
	 * from the May 2023 survey." with no figure of its own */
	if (end > last.s && d->t[end - 1] == ':' && !words_any(d, last.s, end, cue_words(CUE_PAY)) &&
	    (attr_year(d, last.s, end, end) || attr_source(d, last.s, end))) {
		/* "All figures in the list below are from the BLS survey of May
		 * 2024:" dates and credits the list */
		const char *src = attr_source(d, last.s, end);
		d->intro_active = 1;
		d->intro_used = 0;
		d->intro_area = place_in(d, sp[0].s, end);
		d->intro_stat = CSTAT_NONE;
		d->intro_unit = UNIT_NONE;
		d->intro_year = attr_year(d, last.s, end, end);
		if (!d->intro_year) /* "Table 1. Mean wages, May 2023. Source: BLS." */
			d->intro_year = attr_year(d, sp[0].s, end, end);
		snprintf(d->intro_source, sizeof d->intro_source, "%s", src ? src : "");
	} else if (end > last.s &&
	    (d->t[end - 1] == ':' ||
	     (!figure_money_in(d, last.s, end) && d->par_claims == 0 &&
	      (memmem(d->lc + last.s, end - last.s, "median", 6) ||
	       memmem(d->lc + last.s, end - last.s, "mean", 4) ||
	       memmem(d->lc + last.s, end - last.s, "average", 7) ||
	       memmem(d->lc + last.s, end - last.s, "percent", 7)) &&
	      attr_stat(d, last.s, end).pos >= 0)) &&
	    words_any(d, last.s, end, cue_words(CUE_PAY))) {
		const char *src = attr_source(d, last.s, end);
		cue = attr_stat(d, last.s, end);
		d->intro_active = 1;
		d->intro_used = 0;
		d->intro_area = place_in(d, sp[0].s, end);
		d->intro_stat = cue.value == CSTAT_RANGE_LOW ? CSTAT_NONE : cue.value;
		d->intro_unit = attr_unit_before(d, last.s, end);
		d->intro_year = attr_year(d, last.s, end, end);
		if (!d->intro_year)
			d->intro_year = attr_year(d, sp[0].s, end, end);
		snprintf(d->intro_source, sizeof d->intro_source, "%s",
			 src ? src : d->par_source[0] ? d->par_source : "");
	} else if ((longest >= 100 || !figure_money_in(d, sp[0].s, last.e)) &&
		   !segment_list_item(d, sp[0].s, sp[0].e)) {
		/* prose or a caption ends what the intro introduced, a list's
		 * items do not */
		d->intro_active = 0;
	}
}

static void paragraph(doc *d, size_t s, size_t e)
{
	doc_span tmp[512];
	size_t n = segment_sentences(d, s, e, tmp, 512), k;

	d->par_s = s;
	d->in_item = 0;
	if (d->intro_active && n) {
		/* the list or table an intro introduced has been read: prose
		 * after it is on its own */
		int item = segment_list_item(d, tmp[0].s, d->len);
		if (d->intro_used && !item)
			d->intro_active = 0;
		d->intro_used |= item;
	}
	for (k = 0; k < n && !d->stopped; k++) {
		if (d->nsent >= DOC_BACK_SENTENCES * 4) {
			/* keep the last BACK_SENTENCES: older ones are never looked at */
			memmove(d->sent, d->sent + d->nsent - DOC_BACK_SENTENCES,
				DOC_BACK_SENTENCES * sizeof *d->sent);
			memmove(d->sent_role, d->sent_role + d->nsent - DOC_BACK_SENTENCES,
				DOC_BACK_SENTENCES * sizeof *d->sent_role);
			memmove(d->sent_looked, d->sent_looked + d->nsent - DOC_BACK_SENTENCES,
				DOC_BACK_SENTENCES);
			d->nsent = DOC_BACK_SENTENCES;
		}
		xgrow(&d->sent, &d->sent_alloc, d->nsent + 1, sizeof *d->sent);
		xgrow(&d->sent_role, &d->role_alloc, d->nsent + 1, sizeof *d->sent_role);
		xgrow(&d->sent_looked, &d->looked_alloc, d->nsent + 1, 1);
		d->sent_looked[d->nsent] = 0;
		d->sent[d->nsent++] = tmp[k];
		do_sentence(d, d->nsent - 1);
	}
	intro_after(d, tmp, n);
	d->prev_year = d->par_year;
	snprintf(d->prev_source, sizeof d->prev_source, "%s", d->par_source);
	d->par_claims = 0;
	d->par_year = 0;
	d->par_area = NULL;
	d->par_source[0] = '\0';
}

typedef struct walker {
	doc *d;
	int cost_rows; /* the pipe rows read are under a header of costs */
	int in_par;
	size_t par_s, par_e;
	table_state ts;
} walker;

static void flush(walker *w)
{
	if (w->in_par)
		paragraph(w->d, w->par_s, w->par_e);
	w->in_par = 0;
}

/* A note under a table, "*Source: BLS OEWS, May 2024.*", dates it and
 * names its source: the lines after the header line e that are not rows,
 * if the first of them starts with "Source" or "Note". */
static void table_note(const doc *d, size_t e, table_state *ts)
{
	static const char *const note_words[] = {"source", "sources", "note", "notes", "data",
						 "these", "figures", "all", "table", "this table",
						 "the table", "values", NULL};
	size_t i = e, blank = 0, more;

	while (i < d->len) {
		size_t a = i + (d->t[i] == '\n'), b;
		const char *src;
		/* the marks HTML tags left count as space: "</tbody>" is blank */
		while (a < d->len && (d->t[a] == ' ' || d->t[a] == '*' || d->t[a] == '_' ||
				      d->t[a] == '>' || (d->t[a] != '\n' && (unsigned char)d->t[a] < ' ')))
			a++;
		b = a;
		while (b < d->len && d->t[b] != '\n')
			b++;
		i = b;
		if (a < b && (d->t[a] == '|' || memchr(d->t + a, '$', b - a) || segment_rule_line(d, a, b) ||
			      (segment_two_spaces(d, a, b) && doc_is_digit(d->t[b - 1])))) {
			blank = 0;
			continue; /* a row, or a rule */
		}
		if (a == b && blank++ < 3)
			continue;
		{
			/* a row's label wrapped above its figures */
			size_t nb = b + 1, ne = nb;
			while (ne < d->len && d->t[ne] != '\n')
				ne++;
			if (a < b && b < d->len && !memchr(d->t + a, '$', b - a) && segment_two_spaces(d, nb, ne) &&
			    ne > nb && doc_is_digit(d->t[ne - 1]))
				continue;
		}
		if (a == b || !words_here(d, words_of(note_words), a, b, NULL))
			return;
		/* the note goes on to the end of its paragraph */
		for (more = 0; more < 3 && b + 1 < d->len && d->t[b + 1] != '\n' &&
			       (unsigned char)d->t[b + 1] >= ' ';
		     more++)
			for (b++; b < d->len && d->t[b] != '\n'; b++)
				;
		ts->note_year = attr_year(d, a, b, b);
		ts->thousands |= attr_thousands(d, a, b);
		ts->note_area = place_in(d, a, b);
		src = attr_source(d, a, b);
		if (src)
			snprintf(ts->note_source, sizeof ts->note_source, "%s", src);
		return;
	}
}

/* A second header row under units that span columns:
 *   | Occupation | Hourly        | Annual        |
 *   | Median | Mean | Median | Mean |
 * The label columns of the first row stay; each unit spans its share of
 * the statistics below it.  Returns 1 if the row was such a header. */
static int sub_header(const doc *d, table_state *ts, const doc_span *cells, size_t nc)
{
	column_meaning sub[16], top[16];
	size_t k, nunits = 0, nlabels = 0, nstats = 0, lead = 0;

	/* Markdown leaves the label columns' cells empty: "| | Median |" */
	while (lead < nc && cells[lead].s == cells[lead].e)
		lead++;
	cells += lead;
	nc -= lead;
	for (k = 0; k < nc && k < 16; k++) {
		sub[k] = header_cell(d, cells[k].s, cells[k].e);
		nstats += sub[k].stat != CSTAT_NONE && sub[k].stat != CSTAT_UNSPECIFIED;
	}
	if (nstats < 2 || nstats != nc)
		return 0;
	for (k = 0; k < ts->ncols; k++) {
		if (ts->cols[k].stat == CSTAT_NONE)
			nlabels++;
		else if (ts->cols[k].unit != UNIT_NONE && ts->cols[k].stat == CSTAT_UNSPECIFIED)
			nunits++;
		else
			return 0;
	}
	if (!nunits || nc % nunits || nlabels + nc > 16 || (lead && lead != nlabels))
		return 0;
	memcpy(top, ts->cols, sizeof top);
	for (k = 0; k < nlabels; k++)
		ts->cols[k] = top[k];
	for (k = 0; k < nc; k++) {
		ts->cols[nlabels + k] = sub[k];
		ts->cols[nlabels + k].unit = top[nlabels + k / (nc / nunits)].unit;
	}
	ts->ncols = nlabels + nc;
	return 1;
}


/* What the lines above a table's header, its caption, say of the table:
 * that its figures are pay ("Median annual wage, 2022 to 2024") and in
 * thousands ("(thousands of dollars)").  The caption is the text just above,
 * up to a blank line, past rules; the section's heading and an introducing
 * sentence count too. */
static void caption(const doc *d, size_t header, table_state *ts)
{
	size_t e = header, s, le, lines = 0, blanks = 0;

	ts->pay |= d->intro_active || d->head_stat != CSTAT_NONE || d->head_pays;
	/* e: the start of the line below the one read next */
	while (e > 0 && lines < 3) {
		le = e - 1;
		for (s = le; s > 0 && d->t[s - 1] != '\n'; s--)
			;
		e = s;
		if (memchr(d->t + s, CLEAN_MARK_HEADING, le - s))
			break;
		while (s < le && isspace((unsigned char)d->t[s]))
			s++;
		if (s == le) {
			if (lines || ++blanks > 2)
				break;
			continue;
		}
		if (d->t[s] == '#')
			break;
		if (segment_rule_line(d, s, le))
			continue;
		ts->thousands |= attr_thousands(d, s, le);
		ts->pay |= words_any(d, s, le, cue_words(CUE_PAY)) || memchr(d->t + s, '$', le - s) ||
			   memmem(d->lc + s, le - s, "dollars", 7);
		{
			/* "Table 1. Mean wages in Wisconsin, ..." places the table */
			const area *a = place_in(d, s, le);
			if (a && (!ts->caption_area || !strcmp(ts->caption_area->code, "US")))
				ts->caption_area = a;
		}
		lines++;
	}
}


/* A table's header [s, e) was read: what the note under it, the caption
 * above it and the paragraph before it say of its figures.  The paragraph's
 * year and source go to this table only. */
static void table_begins(doc *d, table_state *ts, size_t s, size_t e)
{
	table_note(d, e, ts);
	caption(d, s, ts);
	ts->before_year = d->prev_year;
	snprintf(ts->before_source, sizeof ts->before_source, "%s", d->prev_source);
	d->prev_year = 0;
	d->prev_source[0] = '\0';
}

static void pipe_segment(walker *w, size_t s, size_t e)
{
	doc *d = w->d;
	doc_span cells[16];
	size_t nc = pipe_cells(d, s, e, cells, 16), k;
	int stats = 0;

	if (segment_separator_row(d, s, e))
		return;
	if (w->ts.active && nc >= 2 && !memchr(d->t + s, '$', e - s) && sub_header(d, &w->ts, cells, nc))
		return;
	if (w->ts.active) {
		table_row(d, &w->ts, cells, nc, s, e, 0);
		return;
	}
	if (w->cost_rows)
		return; /* a row of a table of costs */
	memset(&w->ts, 0, sizeof w->ts);
	if (nc >= 2 && figure_money_in(d, s, e)) {
		/* a row of figures with no header above: a key and its value, as
		 * in an infobox, "| Median pay (BLS, May 2024) | $128,790 |" */
		table_state kv;
		memset(&kv, 0, sizeof kv);
		for (k = 1; k < nc; k++)
			kv.cols[k] = (column_meaning){CSTAT_UNSPECIFIED, UNIT_NONE, 0, NULL, NULL, 0, 0, 1};
		kv.ncols = nc;
		kv.before_year = d->prev_year;
		snprintf(kv.before_source, sizeof kv.before_source, "%s", d->prev_source);
		table_row(d, &kv, cells, nc, s, e, 0);
		return;
	}
	int labels = 0;
	for (k = 0; k < nc; k++) {
		w->ts.cols[k] = header_cell(d, cells[k].s, cells[k].e);
		labels |= w->ts.cols[k].label;
	}
	{
		/* "| Mean wage, May 2023 | Florida | Arizona |": the corner cell
		 * names what the columns of places (occupations, years) hold */
		column_meaning *corner = &w->ts.cols[0];
		int named = nc >= 2 && corner->stat != CSTAT_NONE && corner->stat != CSTAT_UNSPECIFIED &&
			    !corner->area && !corner->role && !corner->year;
		for (k = 1; k < nc && named; k++)
			named = w->ts.cols[k].area || w->ts.cols[k].role || w->ts.cols[k].year;
		if (named) {
			int year = attr_year(d, cells[0].s, cells[0].e, cells[0].e);
			for (k = 1; k < nc; k++) {
				w->ts.cols[k].stat = corner->stat;
				if (w->ts.cols[k].unit == UNIT_NONE)
					w->ts.cols[k].unit = corner->unit;
				if (!w->ts.cols[k].year)
					w->ts.cols[k].year = year;
			}
			*corner = (column_meaning){CSTAT_NONE, UNIT_NONE, 0, NULL, NULL, 0, 0, 0};
		}
		/* "| Monthly cost | Tulsa | Minneapolis |": a table of costs */
		for (k = 1; k < nc && corner->label == 4; k++)
			if (w->ts.cols[k].area || w->ts.cols[k].role || w->ts.cols[k].year)
				w->ts.cols[k].stat = CSTAT_NONE;
	}
	for (k = 0; k < nc; k++) {
		column_meaning *c = &w->ts.cols[k];
		/* "| Occupation type | Advanced practice nurse |" is a key and its
		 * value: a column of occupations has no occupation column beside it */
		if (((labels & 2) && c->role) || ((labels & 1) && c->area))
			*c = (column_meaning){CSTAT_NONE, UNIT_NONE, 0, NULL, NULL, 0, 0, 0};
		if (c->stat != CSTAT_NONE && w->ts.nstats < 16) {
			w->ts.figs[w->ts.nstats++] = *c;
			stats++;
		}
	}
	w->ts.ncols = nc;
	w->ts.active = stats > 0 && nc >= 2; /* a row of one cell is a title */
	/* "| Monthly cost | Tulsa | Minneapolis |": the rows under it are costs */
	w->cost_rows = !w->ts.active && nc >= 2 && w->ts.cols[0].label == 4 &&
		       words_any(d, cells[0].s, cells[0].e, cue_words(CUE_COST));
	if (w->ts.active) {
		table_begins(d, &w->ts, s, e);
	}
}




/* The columns of an aligned header line, two spaces apart: the ones that
 * hold figures go to figs (at most 16); *columns counts them all. */
static size_t aligned_header(const doc *d, size_t s, size_t e, column_meaning *figs,
			     size_t *columns)
{
	size_t p = s, k = 0;

	*columns = 0;
	while (p < e && k < 16) {
		size_t q;
		column_meaning m;
		while (p < e && d->t[p] == ' ')
			p++;
		q = p;
		while (q < e && !segment_column_break(d, q, e))
			q++;
		if (q == p)
			break;
		m = header_cell(d, p, q);
		(*columns)++;
		if (m.stat != CSTAT_NONE)
			figs[k++] = m;
		p = q;
	}
	return k;
}

static void text_segment(walker *w, size_t s, size_t e)
{
	doc *d = w->d;
	doc_span cells[16];
	size_t nf = figure_row(d, s, e, cells, 16);
	int stats[16];
	column_meaning figs[16];
	size_t lead = s, nh = 0, k, tail = e;

	while (lead < e && d->t[lead] == ' ')
		lead++;
	/* the spaces a closing tag left are not a column break */
	while (tail > lead && isspace((unsigned char)d->t[tail - 1]))
		tail--;
	if (segment_rule_line(d, lead, tail)) {
		flush(w); /* "-----" above or under a table's header is no text */
		return;
	}
	if (w->ts.active && w->ts.nstats && !nf && tail - lead < 60 && !w->in_par && e < d->len) {
		/* a row's label wrapped onto two lines: "Home health and personal
		 * care\n  aides     30.2     33.5" */
		size_t ne = e + 1;
		while (ne < d->len && d->t[ne] != '\n')
			ne++;
		if (figure_row(d, e + 1, ne, cells, 16) == w->ts.nstats) {
			w->ts.wrap_s = lead;
			w->ts.wrap_e = tail;
			return;
		}
	}
	/* a header line of a whitespace table has columns two spaces apart */
	if (!nf && e - s < 160 && segment_two_spaces(d, lead, tail))
		nh = header_cues(d, s, e, stats, 16);

	if (w->ts.active && nf > w->ts.nstats && w->ts.nstats) {
		/* "$46,580  $61,890  $80,010  14": the dollar figures fill the
		 * pay columns; the bare number is a count column's */
		size_t kept = 0;
		for (k = 0; k < nf; k++)
			if (d->t[cells[k].s] == '$')
				cells[kept++] = cells[k];
		if (kept == w->ts.nstats)
			nf = kept;
	}
	if (w->ts.active && nf > 0 && nf == w->ts.nstats && e - s < 200 &&
	    cells[0].s - lead < 48 && !segment_ends_sentence(d, s, e)) {
		flush(w);
		table_row(d, &w->ts, cells, nf, s, e, 1);
		return;
	}
	if (nh < 2 && !nf && e - s < 120 && segment_two_spaces(d, lead, tail) &&
	    !segment_prose_line(d, s, e) && d->t[e - 1 > s ? e - 1 : s] != ',') {
		/* "Percentile        Annual wage": columns apart by two spaces or
		 * more, the pay ones without a statistic */
		size_t columns;
		k = aligned_header(d, s, e, figs, &columns);
		/* "Occupation   Ill.   Ind.   Wis." ends with a dot, not a sentence */
		if (k >= 1 && (k != nh || nh < 2) && columns >= 2 &&
		    (columns >= 3 || (!segment_ends_sentence(d, s, e) && !w->in_par))) {
			if (w->in_par) {
				/* the caption right above says what the columns hold:
				 * read it first */
				flush(w);
				k = aligned_header(d, s, e, figs, &columns);
			}
			memset(&w->ts, 0, sizeof w->ts);
			memcpy(w->ts.figs, figs, k * sizeof *figs);
			w->ts.nstats = k;
			w->ts.active = 1;
			table_begins(d, &w->ts, s, e);
			return;
		}
	}
	if (nh >= 2 && e - s < 160 && !segment_prose_line(d, s, e)) {
		/* "State   Median   Bottom 10%   Top 10%" */
		flush(w);
		memset(&w->ts, 0, sizeof w->ts);
		for (k = 0; k < nh; k++)
			w->ts.figs[k] = (column_meaning){stats[k], UNIT_NONE, 0, NULL, NULL, 0, 0, 1};
		w->ts.nstats = nh;
		w->ts.active = 1;
		table_begins(d, &w->ts, s, e);
		return;
	}
	w->ts.active = 0;
	if (!w->in_par)
		w->par_s = s;
	w->par_e = e;
	w->in_par = 1;
}

long extract_text(const char *name, char *text, size_t len, extract_fn fn,
		  extract_cmp_fn cmp_fn, void *ctx)
{
	doc d;
	walker w;
	size_t i;
	int prev_blank;

	memset(&w, 0, sizeof w);
	w.d = &d;
	doc_open(&d, name, text, len);
	d.fn = fn;
	d.cmp_fn = cmp_fn;
	d.ctx = ctx;
	d.local = place_dateline(&d);
	/* segments run between line ends and the marks left by HTML tags */
	for (i = 0, prev_blank = 1; i <= len && !d.stopped;) {
		segment sg;
		size_t s, e, a;

		segment_at(&d, i, prev_blank, &sg);
		s = sg.s;
		e = sg.e;
		a = sg.a;
		if (sg.mark == CLEAN_MARK_TABLE)
			w.ts.active = 0;
		if (sg.marked || sg.kind != SEGMENT_TEXT)
			flush(&w);
		if (sg.kind == SEGMENT_TEXT || sg.kind == SEGMENT_HEADING)
			w.cost_rows = 0;
		prev_blank = sg.kind == SEGMENT_BLANK && !(e < len && d.t[e] != '\n');
		switch (sg.kind) {
		case SEGMENT_BLANK:
			if (!sg.marked && !(e < len && d.t[e] != '\n'))
				w.ts.active = w.cost_rows = 0;
			break;
		case SEGMENT_HEADING:
			w.ts.active = 0;
			heading(&d, a, e);
			/* "## Median pay for phlebotomists: $41,810" */
			if (memchr(d.t + a, '$', e - a)) {
				d.in_heading = 1;
				paragraph(&d, a, e);
				d.in_heading = 0;
			}
			break;
		case SEGMENT_PIPES:
			pipe_segment(&w, s, e);
			break;
		case SEGMENT_TEXT:
			text_segment(&w, s, e);
			break;
		}
		if (e >= len)
			break;
		i = e + (d.t[e] == '\n');
	}
	if (!d.stopped)
		flush(&w);
	doc_close(&d);
	return d.stopped ? -1 : d.nclaims;
}
