# wagestat report: one page from microdata, claims and articles.
# The golden tests hold the report's figures against the commands that
# compute them (one computation, several views): its workbook's sheets
# against summarize, reconcile and check -f csv, cell by cell, read by
# tools/xlsx_same.py (Python's zipfile, not our code); its HTML summary
# table against summarize -f html, byte for byte.  Pages are checked by
# tools/html_check.py (Python's html.parser: every element closed, no id
# twice, no script, no handler, nothing fetched) and rendered by
# browser/render.py in headless Chromium at 390 px wide.
#
# data/plot/dist.csv by hand: group A 10,000 20,000 30,000 40,000 50,000
# (median 30,000; p10 = 10,000 + 0.4 x 10,000 = 14,000); group B 70,000,
# a blank (missing) and 'abc' (rejected).

== the workbook's sheets are summarize's, reconcile's and check's figures
$ T=$PWD && rm -rf "$TMPDIR/rep" && mkdir "$TMPDIR/rep" && cd "$TMPDIR/rep"
$ wagestat report -q -f xlsx -o r.xlsx -g group $T/data/plot/dist.csv $T/data/reconcile/three.csv $T/data/reconcile/se.csv $T/data/articles/lab-careers.md; echo "exit $?"
$ wagestat summarize -q -g group -s count,mean,p10,p25,median,p75,p90 -f csv $T/data/plot/dist.csv > s.csv
$ python3 $T/tools/xlsx_same.py r.xlsx summary s.csv --money mean,p10,median,p90
$ wagestat reconcile -q --keys -f csv $T/data/reconcile/three.csv $T/data/reconcile/se.csv > k.csv
$ python3 $T/tools/xlsx_same.py r.xlsx keys k.csv --money consensus,low,high
$ wagestat reconcile -q -f csv $T/data/reconcile/three.csv $T/data/reconcile/se.csv > c.csv
$ python3 $T/tools/xlsx_same.py r.xlsx sources c.csv --money consensus
$ wagestat check -q -f csv $T/data/articles/lab-careers.md > f.csv
$ python3 $T/tools/xlsx_same.py r.xlsx findings f.csv --money ref_value
$ grep -o '^A,5,30000,14000,20000,30000' s.csv
> exit 0
> same
> same
> same
> same
> A,5,30000,14000,20000,30000

== the page's summary table is summarize's HTML table, and the page is valid
$ T=$PWD && rm -rf "$TMPDIR/rep" && mkdir "$TMPDIR/rep" && cd "$TMPDIR/rep"
$ wagestat report -q -o r.html -g group --sort $T/data/plot/dist.csv $T/data/reconcile/three.csv $T/data/articles/lab-careers.md
$ wagestat summarize -q -g group --sort -s count,mean,p10,p25,median,p75,p90 -f html $T/data/plot/dist.csv > s.html
$ python3 -c 'import sys; p = open("r.html").read(); t = p[p.index("<table>"):p.index("</table>") + 8] + "\n"; print("same" if t == open("s.html").read() else "differs")'
$ python3 $T/tools/html_check.py r.html
$ grep -c '<svg role="img"' r.html; grep -o '<h2>[^<]*</h2>' r.html
$ grep -o 'rows read 8 = used 6 + filtered 0 + missing 1 + rejected 1' r.html
> same
> valid
> 3
> <h2>Summary</h2>
> <h2>Charts</h2>
> <h2>Reconciliation</h2>
> <h2>Article findings</h2>
> <h2>Methods and sources</h2>
> rows read 8 = used 6 + filtered 0 + missing 1 + rejected 1

== article findings: the claim that does not hold, quoted with its figure marked
# lab-careers.md line 6 says clinical lab techs earn a median of $32,000
# in 2023; the BLS May 2023 median is $60,780 (datasets/oews_healthcare.csv)
$ T=$PWD && rm -rf "$TMPDIR/rep" && mkdir "$TMPDIR/rep" && cd "$TMPDIR/rep"
$ wagestat report -q -o r.html $T/data/articles/lab-careers.md
$ grep -o '11 findings: 2 ok, 1 unverifiable, 8 inconsistent' r.html
$ grep -c '<mark>32,000</mark>' r.html
> 11 findings: 2 ok, 1 unverifiable, 8 inconsistent
> 1

== hostile labels are text in the page, in its charts and in gnuplot, and run nothing
# data/report/hostile.csv: groups named </td><script>alert(1)</script>,
# "onload=alert(2) x=", `touch pwned`, system("touch pwned") and a name
# with a line break; data/plot/hostile.csv: roles named so in claims;
# data/report/hostile.md: an article whose title and text hold a script.
%skip-unless /usr/bin/gnuplot
$ T=$PWD && rm -rf "$TMPDIR/rep" && mkdir "$TMPDIR/rep" && cd "$TMPDIR/rep"
$ wagestat report -q -g role,region -o h.html $T/data/report/hostile.csv $T/data/plot/hostile.csv $T/data/report/hostile.md
$ python3 $T/tools/html_check.py h.html --text '</td><script>alert(1)</script>' '"onload=alert(2) x="' '`touch pwned`' 'system("touch pwned")' '<script>alert(4)</script>'
$ ls pwned 2>&1 | sed 's/.*No such file.*/no pwned file/'
> valid
> text: </td><script>alert(1)</script>
> text: "onload=alert(2) x="
> text: `touch pwned`
> text: system("touch pwned")
> text: <script>alert(4)</script>
> no pwned file

== the page as a person sees it: Chromium draws every chart, no error, no sideways scroll on a phone
%skip-unless /usr/bin/chromium
$ T=$PWD && rm -rf "$TMPDIR/rep" && mkdir "$TMPDIR/rep" && cd "$TMPDIR/rep"
$ wagestat report -q -o r.html -g group $T/data/plot/dist.csv $T/data/reconcile/three.csv --roles 'medical assistants' $T/../datasets/oews_healthcare.csv
$ python3 $T/browser/render.py r.html
> charts 5, drawn 5
> console errors 0
> horizontal scroll no
> scripts 0
> screenshot not blank

== the browser check can fail: a blank page with an empty chart, a script error and a wide block
# a page with no viewport line is laid out 980 px wide: 2000 - 980 = 1020
%skip-unless /usr/bin/chromium
$ T=$PWD && rm -rf "$TMPDIR/rep" && mkdir "$TMPDIR/rep" && cd "$TMPDIR/rep"
$ printf '<!DOCTYPE html><html><body style="margin:0"><svg width="0" height="0"></svg><div style="width:2000px;height:10px"></div><script>console.error("x")</script></body></html>' > bad.html
$ python3 $T/browser/render.py bad.html | grep -v '^  '
> charts 1, drawn 0
> console errors 1
> horizontal scroll 1020 px
> scripts 1
> screenshot blank

== the HTML check can fail: a script, an unclosed cell and an id twice are found
$ printf '<!DOCTYPE html>\n<table><tr><td>x</tr></table>\n<p id="a">1</p><p id="a">2</p>\n<script>1</script>\n' > "$TMPDIR/bad.html"
$ python3 tools/html_check.py "$TMPDIR/bad.html"; echo "exit $?"
> line 2: </tr> closes <td> of line 2
> line 3: id 'a' twice
> line 4: a <script>
> 3 problems
> exit 1

== Markdown: the charts as SVG files beside it, the text escaped
$ T=$PWD && rm -rf "$TMPDIR/rep" && mkdir "$TMPDIR/rep" && cd "$TMPDIR/rep"
$ wagestat report -q -f md -o m/r.md -g role $T/data/report/hostile.csv 2>&1 | head -n 1
$ mkdir -p m && wagestat report -q -f md -o m/r.md -g role $T/data/report/hostile.csv
$ ls m; grep -o '!\[[^]]*\](r-dist.svg)' m/r.md | head -n 1; grep -c '<script>' m/r.md || true
> wagestat: cannot write beside m/r.md: No such file or directory
> r-dist.svg
> r.md
> ![The distribution of pay by role: histograms with p10, the median and p90 marked](r-dist.svg)
> 0

== a report file names the inputs relative to itself; the command line wins
$ mkdir -p "$TMPDIR/q" && cp data/plot/dist.csv "$TMPDIR/q/pay.csv"
$ printf '# next quarter: change the input\ntitle = Pay by group\ninput = pay.csv\ngroup = group\nstats = count,median\nformat = md\n' > "$TMPDIR/q/report.conf"
$ cd "$TMPDIR" && wagestat report -q --config q/report.conf -f html -o q.html && grep -o '<h1>[^<]*</h1>' q.html && grep -c '<th class="num">median</th>' q.html
> <h1>Pay by group</h1>
> 1

== a report file's unknown key or line is placed, exit 2
$ printf 'input = x.csv\ncolour = blue\n' > "$TMPDIR/bad.conf"
$ wagestat report --config "$TMPDIR/bad.conf" 2>&1 | sed "s|$TMPDIR|TMP|"; echo "exit ${PIPESTATUS[0]}"
> wagestat: TMP/bad.conf:2:1: unknown key 'colour' (input, title, group, value, unit, stats, where, hours, weeks, basis, roles, role, area, period, to_year, period_window, ref, format, output, sort ...)
> exit 2

== the inputs' SHA-256 is sha256sum's, and the command is given
$ T=$PWD && rm -rf "$TMPDIR/rep" && mkdir "$TMPDIR/rep" && cd "$TMPDIR/rep"
$ cp $T/data/plot/dist.csv d.csv && wagestat report -q -o r.html -g group d.csv
$ sha256sum d.csv | cut -c1-64 > want; grep -c "$(cat want)" r.html
$ grep -o 'Written by wagestat [0-9.]*: wagestat report -q -o r.html -g group d.csv' r.html
> 1
> Written by wagestat 0.1.0: wagestat report -q -o r.html -g group d.csv

== a missing input is a usage error and nothing is written; a failed write keeps the old report
$ rm -rf "$TMPDIR/rep" && mkdir "$TMPDIR/rep" && cd "$TMPDIR/rep" && echo old > r.html
$ wagestat report -q -o r.html no-such.csv; echo "exit $?"; cat r.html
$ wagestat report -q -o /dev/full/r.html ../no-such.csv 2>/dev/null; echo "exit $?"
> exit 2
> old
> exit 2
! wagestat: no-such.csv: No such file or directory
