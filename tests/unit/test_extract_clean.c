/* The cleaning stage of extract, on HTML and UTF-8 worked through by hand:
 * every tag and entity leaves text of the same length, so that offsets
 * keep their lines and columns.  HTML is read by gumbo, as a browser
 * reads it. */
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
	char row[] = "<table><tr><td>a</td>\n<td>b</td></tr></table>";
	char stray[] = "<tr><td>a</td>\n<td>b</td></tr>";
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
	CHECK(same(row, "\x1d      \v   |   a      |   b     \v    \x1d       ", sizeof row - 1),
	      "got \"%s\"", row);
	/* a row outside a table is no row: the parser passes its tags over */
	clean_html(stray, sizeof stray - 1);
	CHECK(same(stray, "        a     \n    b          ", sizeof stray - 1), "got \"%s\"", stray);
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
	/* "&#36;" is '$'; a name that is no entity is text */
	clean_html(ent, sizeof ent - 1);
	CHECK_STR(ent, "$    5 &foo; \xc2\xa0    ");
	/* a tag that never closes is no tag and no text, as in a browser */
	clean_html(open, sizeof open - 1);
	CHECK_STR(open, "a   ");
	CHECK(clean_looks_html("<P>Nurses</P>", 13) == 1, "upper-case tags");
	CHECK(clean_looks_html("Nurses earn $5 <3", 17) == 0, "text with '<'");
}

/* Every entity HTML has, named, decimal or hex, is its character then
 * spaces; a name that is none stays text; a character longer than its
 * entity, or a control character, is a space. */
static void entities(void)
{
	char named[] = "&pound;32,000 &ndash; caf&eacute; &hellip;";
	char numeric[] = "&#8212;&#x2014;&#X2014 &#36;5 &#39;";
	char unknown[] = "&foo; AT&T &ampx; &notit;";
	char wide[] = "&nGt;|&#10;|&#x1d;";

	clean_html(named, sizeof named - 1);
	CHECK_STR(named, "\xc2\xa3     32,000 \xe2\x80\x93     caf\xc3\xa9       \xe2\x80\xa6     ");
	clean_html(numeric, sizeof numeric - 1);
	CHECK_STR(numeric, "\xe2\x80\x94    \xe2\x80\x94     \xe2\x80\x94     $    5 '    ");
	/* "&amp" and "&not" are read without their ';', as a browser does */
	clean_html(unknown, sizeof unknown - 1);
	CHECK_STR(unknown, "&foo; AT&T &   x; \xc2\xac  it;");
	/* "&nGt;" is six bytes of UTF-8 in five; a line break or a mark read
	 * from an entity would part the text */
	clean_html(wide, sizeof wide - 1);
	CHECK_STR(wide, "     |     |      ");
}

/* Comments, scripts and style sheets are blank to their ends, whatever
 * they hold; a comment keeps its line breaks. */
static void skipped(void)
{
	char comment[] = "a<!-- $5 <p> -->b<!--\n-->c";
	char script[] = "<script>var s = '<p>$5</p>';</script>x<style>p{}</style>y";

	clean_html(comment, sizeof comment - 1);
	CHECK_STR(comment, "a               b    \n   c");
	clean_html(script, sizeof script - 1);
	CHECK_STR(script, "                                     x                  y");
}

/* A table in a cell is a table: its own marks, and the outer row goes on
 * after it (the line break before "c" is a space). */
static void nested(void)
{
	char t[] = "<table><tr><td>a<table><tr><td>b</td></tr></table>\nc</td></tr></table>\nd";
	const char *want = "\x1d      \v   |   a\x1d      \v   |   b     \v    \x1d        c     \v    "
			   "\x1d       \nd";

	clean_html(t, sizeof t - 1);
	CHECK(same(t, want, sizeof t - 1), "got \"%s\"", t);
}

/* The parser is handed runs of plain text as one byte each; what it reads
 * must be what it reads from the whole text. */
static void squeezed(void)
{
	static const char *const pages[] = {
		"<p title=\"a>b c\" id=x>Nurses' pay - $45,000 / year &amp; more</p>",
		"<!-- a > b -- c -->text<p>after</p>",
		"<script>if (a < b && c) { d = '</p>'; }</script>Pay is $5.<br/>",
		"<table>\n  stray text\n<tr><td>$1 &pound;2</td></tr></table>",
		"<title>a <b>x</b> &amp; c</title><pre>\nline one\nline two</pre>",
		"<!DOCTYPE html>\n<html><body><p>a<table><tr><td>b</table>c</body></html>",
		"x &notit; y &ampx; z &#x2014; w &#8212; v < 5 and > 3",
		NULL};
	const char *const *p;

	for (p = pages; *p; p++) {
		size_t n = strlen(*p);
		char a[256], b[256];
		memcpy(a, *p, n + 1);
		memcpy(b, *p, n + 1);
		clean_html(a, n);
		clean_html_unsqueezed(b, n);
		CHECK(memcmp(a, b, n) == 0, "\"%s\": \"%s\" squeezed, \"%s\" whole", *p, a, b);
	}
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
	entities();
	skipped();
	nested();
	squeezed();
	unicode();
	blanks();
	return check_done("test_extract_clean");
}
