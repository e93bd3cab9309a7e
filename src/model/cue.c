#include "model/cue.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

extern const char embedded_cues[];

static const char *const names[CUE_CLASSES] = {
	[CUE_MEDIAN] = "median",
	[CUE_MEAN] = "mean",
	[CUE_PAY] = "pay",
	[CUE_COST] = "cost",
	[CUE_COUNT] = "count",
	[CUE_BONUS] = "bonus",
	[CUE_ABOUT] = "about",
	[CUE_LESS_THAN] = "less_than",
	[CUE_MORE_THAN] = "more_than",
	[CUE_END_LOW] = "end_low",
	[CUE_END_HIGH] = "end_high",
	[CUE_SHARE_UNDER] = "share_under",
	[CUE_SHARE_OVER] = "share_over",
	[CUE_SEASON] = "season",
	[CUE_PERCENT_LOW] = "percent_low",
	[CUE_PERCENT_HIGH] = "percent_high",
	[CUE_MIDDLE] = "middle",
	[CUE_NAMED_LOW] = "named_low",
	[CUE_NAMED_HIGH] = "named_high",
	[CUE_SOURCE_KIND] = "source_kind",
	[CUE_SOURCE_QUICK] = "source_quick",
	[CUE_AREA_LABEL] = "area_label",
	[CUE_ROLE_LABEL] = "role_label",
	[CUE_INDUSTRY_LABEL] = "industry_label",
	[CUE_METRO_LABEL] = "metro_label",
	[CUE_DIFFERENCE_BEFORE] = "difference_before",
	[CUE_AGENCY] = "agency",
	[CUE_SAID] = "said",
	[CUE_WAGE] = "wage",
	[CUE_HEADER_HIGH] = "header_high",
	[CUE_PAY_COLUMN] = "pay_column",
	[CUE_PAY_COLUMN_WEAK] = "pay_column_weak",
	[CUE_RANGE_MIN] = "range_min",
	[CUE_RANGE_MAX] = "range_max",
	[CUE_MONEY_WORD] = "money_word",
	[CUE_UNIT_ADJECTIVE] = "unit_adjective",
	[CUE_THAN] = "than",
	[CUE_STATE_CODE_WORD] = "state_code_word",
	[CUE_PLACE_BEFORE] = "place_before",
	[CUE_PLACE_SKIP] = "place_skip",
	[CUE_ABBREVIATION] = "abbreviation",
	[CUE_BETWEEN] = "between",
	[CUE_RESPECTIVELY] = "respectively",
	[CUE_HERE] = "here",
	[CUE_SAME] = "same",
	[CUE_RESTATE] = "restate",
	[CUE_COMPARE_MORE] = "compare_more",
	[CUE_COMPARE_LESS] = "compare_less",
	[CUE_SCALE_STEP] = "scale_step",
	[CUE_WAGE_VERB] = "wage_verb",
	[CUE_PAY_FOR] = "pay_for",
	[CUE_PAYER] = "payer",
	[CUE_READER_PAYS] = "reader_pays",
	[CUE_READER] = "reader",
	[CUE_BONUS_PAID] = "bonus_paid",
	[CUE_BONUS_APART] = "bonus_apart",
	[CUE_PERCENTILES] = "percentiles",
	[CUE_UNLESS] = "unless",
	[CUE_COVERING] = "covering",
	[CUE_OR_LESS] = "or_less",
	[CUE_OR_MORE] = "or_more",
	[CUE_DIFFERENCE] = "difference",
	[CUE_PER_OTHER] = "per_other",
	[CUE_FILLER] = "filler",
	[CUE_LINK_AFTER] = "link_after",
	[CUE_THERE] = "there",
	[CUE_THERE_ROLE] = "there_role",
	[CUE_AREA_UNKNOWN] = "area_unknown",
	[CUE_SAME_UNITS] = "same_units",
	[CUE_RANGE_WORD_LOW] = "range_word_low",
	[CUE_RANGE_WORD_HIGH] = "range_word_high",
	[CUE_PART_OF] = "part_of",
	[CUE_CHANGE] = "change",
	[CUE_GAP] = "gap",
	[CUE_RANK_HIGH] = "rank_high",
	[CUE_RANK_LOW] = "rank_low",
	[CUE_UMBRELLA] = "umbrella",
	[CUE_TITLE_NOUN] = "title_noun",
	[CUE_GAP_IS] = "gap_is",
	[CUE_VERSUS] = "versus",
	[CUE_DURATION] = "duration",
	[CUE_DATE_LEAD] = "date_lead",
	[CUE_COST_WEAK] = "cost_weak",
	[CUE_NOT_COST] = "not_cost",
	[CUE_MONTH] = "month",
	[CUE_TIMES] = "times",
	[CUE_COST_VERB] = "cost_verb",
	[CUE_TABLE_NOTE] = "table_note",
	[CUE_UNIT_AFTER] = "unit_after",
	[CUE_UNIT_BEFORE] = "unit_before",
	[CUE_SOURCE] = "source",
	[CUE_NUMBER_SMALL] = "number_small",
	[CUE_NUMBER_TENS] = "number_tens",
};

/* Built once, never freed: the phrases point into a copy of the file. */
static const char **words[CUE_CLASSES], **values[CUE_CLASSES];

static cue_class class_named(const char *name)
{
	int c;

	for (c = 0; c < CUE_CLASSES; c++)
		if (strcmp(names[c], name) == 0)
			return (cue_class)c;
	fprintf(stderr, "wagestat: internal error: datasets/cues.csv: no class '%s'\n", name);
	abort();
}

/* Add line "class,phrase[,value]" (cut in place) to its class. */
static void add_line(char *line, size_t *n, size_t *alloc_w, size_t *alloc_v)
{
	char *phrase = strchr(line, ','), *value;
	cue_class c;

	if (!phrase) {
		fprintf(stderr, "wagestat: internal error: datasets/cues.csv: '%s'\n", line);
		abort();
	}
	*phrase++ = '\0';
	value = strchr(phrase, ',');
	if (value)
		*value++ = '\0';
	c = class_named(line);
	xgrow(&words[c], &alloc_w[c], n[c] + 2, sizeof *words[c]);
	xgrow(&values[c], &alloc_v[c], n[c] + 2, sizeof *values[c]);
	words[c][n[c]] = phrase;
	values[c][n[c]++] = value ? value : "";
}

static void load(void)
{
	char *text = xstrdup(embedded_cues), *line, *next;
	size_t n[CUE_CLASSES] = {0}, alloc_w[CUE_CLASSES] = {0}, alloc_v[CUE_CLASSES] = {0};
	int c;

	next = strchr(text, '\n'); /* past the header */
	for (line = next ? next + 1 : text; *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		else
			next = line + strlen(line);
		if (*line)
			add_line(line, n, alloc_w, alloc_v);
	}
	for (c = 0; c < CUE_CLASSES; c++) {
		if (!n[c] || n[c] > CUE_MAX_PHRASES) {
			fprintf(stderr, "wagestat: internal error: datasets/cues.csv: class '%s' has %zu "
				"phrases (1 to %d)\n", names[c], n[c], CUE_MAX_PHRASES);
			abort();
		}
		words[c][n[c]] = NULL;
		values[c][n[c]] = NULL;
	}
}

const char *const *cue_words(cue_class c)
{
	if (!words[0])
		load();
	return words[c];
}

const char *const *cue_values(cue_class c)
{
	if (!words[0])
		load();
	return values[c];
}

const char *cue_name(cue_class c)
{
	return names[c];
}
