/* The cleaning stage of extract, on HTML and UTF-8 worked through by hand:
 * every tag and entity leaves text of the same length, so that offsets
 * keep their lines and columns. */
#include "extract/clean.h"

#include "check.h"

/* t[0..n) is want, all of it? (the marks are control bytes) */
static int same(const char *t, const char *want, size_t n)
{
	return strlen(want) == n && memcmp(t, want, n) == 0;
}

static void html(void)
{
	char p[] = "<p>a&amp;b</p>";
	char row[] = "<tr><td>a</td>\n<td>b</td></tr>";
	char li[] = "<ul><li>Pay</li></ul>";
	char dl[] = "<dt>Median</dt><dd>$41,810</dd>";
	char style[] = "<style>a{}</style>b";
	char ent[] = "&#36;5 &foo; &nbsp;";
	char open[] = "a <b";

	clean_html(p, sizeof p - 1);
	/* "<p>" is a block, "&amp;" an '&' and four spaces: 'a' stays at 3,
	 * 'b' at 9 */
	CHECK(same(p, "\v  a&    b\v   ", sizeof p - 1), "got \"%s\"", p);
	/* a row written over two lines is one line; a cell opens with '|' */
	clean_html(row, sizeof row - 1);
	CHECK(same(row, "\v   |   a      |   b     \v    ", sizeof row - 1), "got \"%s\"", row);
	/* "<li>" reads as a list item's " - " */
	clean_html(li, sizeof li - 1);
	CHECK(same(li, "\v   \v - Pay\v    \v    ", sizeof li - 1), "got \"%s\"", li);
	/* a term and its definition read "Median: $41,810" */
	clean_html(dl, sizeof dl - 1);
	CHECK(same(dl, "\v   Median     :   $41,810\v    ", sizeof dl - 1), "got \"%s\"", dl);
	/* a style sheet is blanked to its closing tag */
	clean_html(style, sizeof style - 1);
	CHECK(same(style, "           ", 11), "got \"%s\"", style);
	CHECK(style[sizeof style - 2] == 'b', "got '%c'", style[sizeof style - 2]);
	/* entities known and unknown; "&#36;" is '$' */
	clean_html(ent, sizeof ent - 1);
	CHECK_STR(ent, "$    5             ");
	/* a tag that never closes is left as it is */
	clean_html(open, sizeof open - 1);
	CHECK_STR(open, "a <b");
	CHECK(clean_looks_html("<P>Nurses</P>", 13) == 1, "upper-case tags");
	CHECK(clean_looks_html("Nurses earn $5 <3", 17) == 0, "text with '<'");
}

static void unicode(void)
{
	char dash[] = "a\xe2\x80\x94" "b";
	char nbsp[] = "$41\xc2\xa0" "810";
	char apos[] = "nurses\xe2\x80\x99 pay";
	char mark[] = "pay\xc2\xb9";
	char other[] = "caf\xc3\xa9";

	clean_unicode(dash, sizeof dash - 1);
	CHECK_STR(dash, "a-  b");
	clean_unicode(nbsp, sizeof nbsp - 1);
	CHECK_STR(nbsp, "$41  810");
	clean_unicode(apos, sizeof apos - 1);
	CHECK_STR(apos, "nurses'   pay");
	clean_unicode(mark, sizeof mark - 1);
	CHECK_STR(mark, "pay  ");
	clean_unicode(other, sizeof other - 1);
	CHECK_STR(other, "caf\xc3\xa9");
}

static void blanks(void)
{
	char t[] = "a\tb\rc\0d";
	uint64_t tabs[1] = {0};

	clean_blanks(t, sizeof t - 1, tabs);
	CHECK(same(t, "a b c d", sizeof t - 1), "got \"%s\"", t);
	CHECK(tabs[0] == 2, "tabs %#llx, want bit 1 only", (unsigned long long)tabs[0]);
}

int main(void)
{
	html();
	unicode();
	blanks();
	return check_done("test_extract_clean");
}
