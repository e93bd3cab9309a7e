# wagestat plot: charts drawn by gnuplot.  Every test that draws runs with
# -q, so stderr must be empty: plot_render reports anything gnuplot writes
# on stderr (a warning too) as an error, so "!-" proves there was none.
# A PNG's size is read from its IHDR chunk with od: bytes 16-23 are the
# width and height, big-endian; 800 = 3*256 + 32 and 500 = 1*256 + 244.
#
# tests/data/plot/roles.csv, worked by hand:
#   Medical Assistants      p10 30,000 p25 35,000 median 40,000 p75 45,000
#                           p90 52,000 mean 41,000 (all annual)
#   Clinical Lab Techs      p10 40,000, p90 90,000; median $30.00 an hour
#                           = 30 x 2080 = $62,400 a year; no p25/p75/mean
#   Oral Surgeons           median 239,200, top-coded: labelled "≥ $239,200"
#   sorted by median: 40,000 < 62,400 < 239,200 (bottom to top)
#   the OH figure and the 2022 figure are another area and period: not drawn

== roles: a PNG of the requested size, no gnuplot warning
%skip-unless /usr/bin/gnuplot
$ wagestat plot roles -q --period 2023 --roles 'medical assistants,med tech,29-1141,29-2034,31-1131,phlebotomists' -o "$TMPDIR/r.png" ../datasets/oews_healthcare.csv; echo "exit $?"
$ od -An -tx1 -N8 "$TMPDIR/r.png"; od -An -tu1 -j16 -N8 "$TMPDIR/r.png"
> exit 0
>  89 50 4e 47 0d 0a 1a 0a
>    0   0   3  32   0   0   1 244
!-

== roles: rows sorted by median, from the BLS May 2023 national file
%skip-unless /usr/bin/gnuplot
# the medians, from datasets/oews_healthcare.csv (grep 'US,2023-05,median,.*annual'):
# nursing assistants 38,200; phlebotomists 41,810; medical assistants 42,000;
# clinical lab techs 60,780; radiologic techs 73,410; registered nurses 86,070
$ wagestat plot roles -q --period 2023 --roles 'medical assistants,med tech,29-1141,29-2034,31-1131,phlebotomists' -o "$TMPDIR/r.svg" --script "$TMPDIR/s" ../datasets/oews_healthcare.csv
$ cut -f1,4,9,10 "$TMPDIR/s/plot.dat"
> 0	38200	$38,200	Nursing Assistants
> 1	41810	$41,810	Phlebotomists
> 2	42000	$42,000	Medical Assistants
> 3	60780	$60,780	Clinical Laboratory Technologists
> 4	73410	$73,410	Radiologic Technologists and
> 5	86070	$86,070	Registered Nurses
!-

== roles: the data of a known input hold the figures worked by hand, and the script is safe
%skip-unless /usr/bin/gnuplot
# plot.dat, one row per role from the bottom: the row, p10, p25, median,
# p75, p90, mean (NaN where the input has none), where the label goes (the
# right end of the whisker: p90, or the median without one), the label,
# and the name (long ones wrapped onto two lines).  The values are those
# of the comment at the top (the med tech median: 30.00 x 2080 = 62,400).
# The script: a noenhanced terminal, and the title and source line from
# the data single-quoted.
$ wagestat plot roles -q --mean -o "$TMPDIR/k/k.svg" --script "$TMPDIR/k" data/plot/roles.csv; echo "exit $?"
$ awk -F'\t' '{ printf "%s %s: p10 %s p25 %s median %s p75 %s p90 %s mean %s; label %s at %s\n", $1, $10, $2, $3, $4, $5, $6, $7, $9, $8 }' "$TMPDIR/k/plot.dat"
$ grep -c '^set terminal svg .* noenhanced$' "$TMPDIR/k/plot.gp"; grep -oE "^set (title|label 101) '[^']*'" "$TMPDIR/k/plot.gp"
$ cmp ../plots/style.gp "$TMPDIR/k/style.gp" && echo style ok
$ grep -c "^ width=.800. height=.500.$" "$TMPDIR/k/k.svg"
> exit 0
> 0 Medical Assistants: p10 30000 p25 35000 median 40000 p75 45000 p90 52000 mean 41000; label $40,000 at 52000
> 1 Clinical Laboratory Technologists: p10 40000 p25 NaN median 62400 p75 NaN p90 90000 mean NaN; label $62,400 at 90000
> 2 Oral and Maxillofacial Surgeons: p10 NaN p25 NaN median 239200 p75 NaN p90 NaN mean NaN; label ≥ $239,200 at 239200
> 1
> set title 'Pay by occupation: United States, 2023'
> set label 101 'Source: Test survey 2023; wagestat'
> style ok
> 1
!-

== hostile labels are drawn as text and run nothing
%skip-unless /usr/bin/gnuplot
# roles named `touch pwned`, "; system("touch pwned"), @macro and one with
# a quote, a backslash-n and enhanced-text marks; the source name holds all
# of them too and goes into the script's source line.
$ mkdir "$TMPDIR/h" && cd "$TMPDIR/h" && wagestat plot roles -q -o h.svg --script s "$OLDPWD/data/plot/hostile.csv"; echo "exit $?"
$ ls -A . s; ls "$TMPDIR" | grep -c pwned
$ grep -o '<text>.*</text>' h.svg | sed 's/<[^>]*>//g' | grep -E 'touch|macro|quoted|Source'
> exit 0
> .:
> h.svg
> s
>
> s:
> plot.dat
> plot.gp
> style.gp
> 0
> `touch pwned`
> “; system(“touch pwned”)
> @macro
> 'quoted' ∖n {x}^_
> Source: Src `touch pwned` '; system("touch pwned") @macro; wagestat
!-

== roles: 60 roles, each named, on a taller PNG; the 61st is left out and said
%skip-unless /usr/bin/gnuplot
# 61 roles with medians 30,100 .. 36,100; the 60 highest are drawn, so
# "Role 01" (the lowest) is not.  Width 800, height 130 + 60 x 17 = 1150
# = 4 x 256 + 126.
$ { echo 'role,area,year,p10,p25,median,p75,p90'; for i in $(seq -w 1 61); do echo "Role $i,US,2023,$((20000 + 100 * 10#$i)),$((25000 + 100 * 10#$i)),$((30000 + 100 * 10#$i)),$((35000 + 100 * 10#$i)),$((40000 + 100 * 10#$i))"; done; } > "$TMPDIR/wide.csv"
$ wagestat plot roles -o "$TMPDIR/w.png" --script "$TMPDIR/w" "$TMPDIR/wide.csv" 2>&1 | grep -v 'read'; echo "exit ${PIPESTATUS[0]}"
$ od -An -tu1 -j16 -N8 "$TMPDIR/w.png"; wc -l < "$TMPDIR/w/plot.dat"; cut -f4,10 "$TMPDIR/w/plot.dat" | sed -n '1p;$p'
> wagestat: 61 roles in United States, 2023: the 60 with the highest pay are drawn (choose others with --roles)
> exit 0
>    0   0   3  32   0   0   4 126
> 60
> 30200	Role 02
> 36100	Role 61

== roles: a single value, and a role with only a mean
%skip-unless /usr/bin/gnuplot
$ printf 'role,area,year,median\nCook,US,2023,31000\n' > "$TMPDIR/one.csv"; wagestat plot roles -q -o "$TMPDIR/one.png" --script "$TMPDIR/one" "$TMPDIR/one.csv"; echo "exit $?"
$ od -An -tu1 -j16 -N8 "$TMPDIR/one.png"; cat "$TMPDIR/one/plot.dat"
$ printf 'role,area,year,mean\nCook,US,2023,31000\nBaker,US,2023,29000\n' | wagestat plot roles -q -o "$TMPDIR/m.svg" --script "$TMPDIR/m" -; echo "exit $?"; cut -f4,7,9,10 "$TMPDIR/m/plot.dat"; grep -c "title 'mean'" "$TMPDIR/m/plot.gp"
> exit 0
>    0   0   3  32   0   0   1 244
> 0	NaN	NaN	31000	NaN	NaN	NaN	31000	$31,000	Cook	-
> exit 0
> NaN	29000	mean $29,000	Baker
> NaN	31000	mean $31,000	Cook
> 1
!-

== regions: the state means of medical assistants, May 2023, with the national mean
%skip-unless /usr/bin/gnuplot
# datasets/oews_healthcare.csv has state means only, so the mean is chosen:
# 54 areas (50 states, DC, PR, GU, VI); lowest Puerto Rico $27,060, highest
# Washington $53,780; the national annual mean is $43,350 (not the hourly
# 20.84 x 2080 = 43,347.20).  Height 130 + 54 x 17 = 1048 = 4 x 256 + 24.
$ wagestat plot regions -q --role 'medical assistants' -o "$TMPDIR/g.png" --script "$TMPDIR/g" ../datasets/oews_healthcare.csv; echo "exit $?"
$ od -An -tu1 -j16 -N8 "$TMPDIR/g.png"; wc -l < "$TMPDIR/g/plot.dat"; cut -f4,9,10 "$TMPDIR/g/plot.dat" | sed -n '1p;$p'
$ grep -E "^set (title '|arrow|label 10)" "$TMPDIR/g/plot.gp"
> exit 0
>    0   0   3  32   0   0   4  24
> 54
> 27060	$27,060	Puerto Rico
> 53780	$53,780	Washington
> set title 'Mean pay by area: Medical Assistants, May 2023'
> set arrow 1 from 43.35, graph 0 to 43.35, graph 1 nohead dt 2 lw 1.5 lc rgb c_ref back
> set label 102 'United States $43,350' at 43.35, graph 0 left offset char 0.5,0.7 font ',8' textcolor rgb c_ref front
> set label 101 'Source: BLS OEWS May 2023; wagestat' at screen 0.01, screen 0.02 left font ',8' textcolor rgb c_ref
!-

== regions: one area with its percentiles, and no national figure
%skip-unless /usr/bin/gnuplot
$ printf 'role,state,year,p10,median,p90\nMedical Assistants,Ohio,2023,30000,38000,47000\n' | wagestat plot regions -q --role 31-9092 -o "$TMPDIR/o.svg" --script "$TMPDIR/o" -; echo "exit $?"
$ cut -f2,4,6,10 "$TMPDIR/o/plot.dat"; grep -q 'arrow' "$TMPDIR/o/plot.gp" || echo "no reference line"
> exit 0
> 30000	38000	47000	Ohio
> no reference line
!-

== without gnuplot the script and data are written and the message says how to draw them
$ cd "$TMPDIR" && WAGESTAT_GNUPLOT=no-such-gnuplot wagestat plot roles -q -o x.png --script kept "$OLDPWD/data/plot/roles.csv" 2>&1 | sed "s|$TMPDIR|TMP|g"; echo "exit ${PIPESTATUS[0]}"; ls kept
> wagestat: no-such-gnuplot could not be run (is gnuplot installed? Debian: gnuplot-nox); the script and data are in TMP/kept; draw the chart with: cd 'TMP/kept' && gnuplot plot.gp
> exit 2
> plot.dat
> plot.gp
> style.gp

== usage errors
$ wagestat plot; echo "exit $?"; wagestat plot pie x.csv; echo "exit $?"; wagestat plot roles -o x.gif x.csv; echo "exit $?"; wagestat plot regions -o x.svg data/plot/roles.csv; echo "exit $?"
> exit 2
> exit 2
> exit 2
> exit 2
! wagestat: which chart? roles, regions, dist, trend or reconcile (see 'wagestat help plot')
! wagestat: unknown chart 'pie' (roles, regions, dist, trend, reconcile) (see 'wagestat help plot')
! wagestat: -o x.gif: a chart is written as .png, .svg or .pdf (see 'wagestat help plot')
! wagestat: regions: say which role with --role (a SOC code, title or alias) (see 'wagestat help plot')

== dist: Freedman-Diaconis bins counted, p10, median and p90 marked, every row accounted for
%skip-unless /usr/bin/gnuplot
# tests/data/plot/dist.csv, by hand.  Group A: 10,000 20,000 30,000 40,000
# 50,000 (type-7 quantiles, h = 4p): p25 20,000, p75 40,000, IQR 20,000;
# FD width 2 x 20,000 / 5^(1/3) = 23,392.14; bins floor(40,000 / 23,392.14)
# + 1 = 2, centred on the data: [6,607.86, 30,000) holds 2 values and
# [30,000, 53,392.14) holds 3; centres 18,303.93 and 41,696.07.
# p10 = 10,000 + 0.4 x 10,000 = 14,000; median 30,000; p90 = 46,000.
# Group B: one value, 70,000: one bin 1% of it wide (700), centred on it.
# Rows: 8 = used 6 + missing 1 (blank) + rejected 1 ('abc').
# x range 10,000 - 5% of 60,000 = 6,500 to 73,500: A's median is 35% along
# it (labelled on the right of its line), B's 95% (labelled on the left).
$ wagestat plot dist -g group -o "$TMPDIR/d.png" --script "$TMPDIR/d" data/plot/dist.csv; echo "exit $?"
$ od -An -tu1 -j16 -N8 "$TMPDIR/d.png"; cat "$TMPDIR/d/plot.dat"; grep -E '^set (arrow|label 1 )' "$TMPDIR/d/plot.gp"
> exit 0
>    0   0   3  32   0   0   1 244
> # group	A	5	14000	30000	46000	0	0
> 18303.92905	2	23392.14191
> 41696.07095	3	23392.14191
>
>
> # group	B	1	70000	70000	70000	0	0
> 70000	1	700
>
>
> set arrow from 14, graph 0 to 14, graph 1 nohead dt 3 lw 1 lt 1 front
> set arrow from 30, graph 0 to 30, graph 1 nohead dt 1 lw 1.5 lt 1 front
> set arrow from 46, graph 0 to 46, graph 1 nohead dt 3 lw 1 lt 1 front
> set label 1 'median $30,000' at 30, graph 0.95 left offset char 0.5,0 font ',8' front textcolor lt 1
> set arrow from 70, graph 0 to 70, graph 1 nohead dt 3 lw 1 lt 1 front
> set arrow from 70, graph 0 to 70, graph 1 nohead dt 1 lw 1.5 lt 1 front
> set arrow from 70, graph 0 to 70, graph 1 nohead dt 3 lw 1 lt 1 front
> set label 1 'median $70,000' at 70, graph 0.95 right offset char -0.5,0 font ',8' front textcolor lt 1
! wagestat: data/plot/dist.csv:9:2: not a number: 'abc'
! wagestat: rows read 8 = used 6 + filtered 0 + missing 1 + rejected 1
! wagestat:   missing 1: no value
! wagestat:   rejected 1: not a number

== dist: the shipped Chicago payroll, six departments as small multiples and two groups overlaid
%skip-unless /usr/bin/gnuplot
# 5,073 rows: the 2,769 salaried ones have an Annual Salary; the 2,304
# hourly ones have none there (missing).
$ wagestat plot dist -g Department -v 'Annual Salary' -o "$TMPDIR/c.svg" ../datasets/chicago_payroll_2023.csv; echo "exit $?"
$ wagestat plot dist -q --overlay -g 'Salary or Hourly' -v 'Hourly Rate:hourly' -u hourly -o "$TMPDIR/h.png" ../datasets/chicago_payroll_2023.csv; echo "exit $?"
$ grep -c '<g id="gnuplot_plot_1[a-z]"' "$TMPDIR/c.svg"; grep -o '<text>.*</text>' "$TMPDIR/c.svg" | sed 's/<[^>]*>//g' | grep -E '^[A-Z ]+$'
> exit 0
> exit 0
> 6
> OFFICE OF EMERGENCY MANAGEMENT
> CHICAGO PUBLIC LIBRARY
> DEPARTMENT OF PUBLIC HEALTH
> FAMILY AND SUPPORT SERVICES
> DEPT OF WATER MANAGEMENT
> COMM ANIMAL CARE AND CONTROL
! wagestat: rows read 5073 = used 2769 + filtered 0 + missing 2304 + rejected 0
! wagestat:   missing 2304: no value

# The chart and the table read the same rows with the same options
# (--where, two value columns, -u, --hours, --basis), so each group's
# median in plot.dat's "# group" line is summarize's.  By hand for the
# options' basis actual: B's hourly 20 at 20 h x 52 = 20,800, 30 at 40 h
# = 62,400 and 50,000 salaried: median 50,000; A's 40,000, 10 x 40 x 52 =
# 20,800 and a top-coded "#", in a file named M2023 the OEWS cap
# $239,200: median 40,000; C is dropped by --where.
== dist: its medians are summarize's on the same file and options
%skip-unless /usr/bin/gnuplot
$ printf 'g,sal,rate,h\nA,40000,,\nA,,10,40\nB,,20,20\nB,,30,40\nB,50000,,\nC,90000,,\nA,#,,\n' > "$TMPDIR/pay_M2023.csv"
$ o="-g g -v sal,rate:hourly -u annual --hours h --basis actual --where g!=C"
$ wagestat plot dist -q $o -o "$TMPDIR/m.svg" --script "$TMPDIR/m" "$TMPDIR/pay_M2023.csv"
$ grep '^# group' "$TMPDIR/m/plot.dat" | cut -f2,3,5 | sort
$ wagestat summarize -q $o -s count,median -f tsv --sort "$TMPDIR/pay_M2023.csv" | tail -n +2
> A	3	40000
> B	3	50000
> A	3	40000
> B	3	50000

== dist: hostile group names are panel titles drawn as text
%skip-unless /usr/bin/gnuplot
$ mkdir "$TMPDIR/hd" && cd "$TMPDIR/hd" && printf 'group,pay\n`touch pwned`,100\n"""; system(""touch pwned"")",200\n@macro,300\n' | wagestat plot dist -q -g group -o h.svg -; echo "exit $?"
$ ls -A; grep -o '<text>.*</text>' h.svg | sed 's/<[^>]*>//g' | grep -E 'touch|macro'
> exit 0
> h.svg
> `touch pwned`
> "; system("touch pwned")
> @macro
!-

== trend: medians by year, as paid and in 2024 dollars by CPI-U
%skip-unless /usr/bin/gnuplot
# Registered nurses' national median, BLS OEWS May 2017 $70,000 and May
# 2024 $93,600.  In 2024 dollars (CPI-U 2017 245.120, 2024 313.689):
# 70,000 x 313.689 / 245.120 = 89,581.55; 2024 is unchanged.
$ wagestat plot trend -q --roles 'registered nurses,medical assistants' -o "$TMPDIR/t.png" --script "$TMPDIR/t" ../datasets/oews_healthcare.csv; echo "exit $?"
$ od -An -tu1 -j16 -N8 "$TMPDIR/t.png"; sed -n '1p;8p' "$TMPDIR/t/plot.dat"; grep -c . "$TMPDIR/t/plot.dat"; grep -E "^set (title|label 101)" "$TMPDIR/t/plot.gp"
> exit 0
>    0   0   3  32   0   0   1 244
> 2017	70000	89581.55189
> 2024	93600	93600
> 16
> set title 'Median pay over time: United States (solid: 2024 dollars, dashed: as paid)'
> set label 101 'Source: BLS OEWS May 2017 to 2024; wagestat' at screen 0.01, screen 0.02 left font ',8' textcolor rgb c_ref
!-

== trend: a role with one year, restated to an earlier year's dollars
%skip-unless /usr/bin/gnuplot
# 50,000 in 2023 dollars restated in 2020's: 50,000 x 258.811 / 304.702
# = 42,469.5276 (CPI-U 2020 258.811, 2023 304.702)
$ printf 'role,area,year,median\nCook,US,2023,50000\n' | wagestat plot trend -q --roles cook --to-year 2020 -o "$TMPDIR/c.svg" --script "$TMPDIR/c" -; echo "exit $?"; cat "$TMPDIR/c/plot.dat"
> exit 0
> 2023	50000	42469.5276
>
>
!-

== reconcile: each source's figure, the consensus band, the outlier ringed
%skip-unless /usr/bin/gnuplot
# tests/data/reconcile/three.csv, as in reconcile.t: weighted median 42,000,
# 1.4826 x MAD 1,000 either side: 40,517.4 to 43,482.6; the job site's
# 84,000 is an outlier.  Block 1 has every figure at its key's row, moved
# by its kind (official -0.16, survey -0.08, article +0.08) and coloured by
# it (linetypes 1, 2, 4); block 2 the flagged one.
$ cd data/reconcile && wagestat plot reconcile -q -o "$TMPDIR/rc.png" --script "$TMPDIR/rc" three.csv; echo "exit $?"
$ od -An -tu1 -j16 -N8 "$TMPDIR/rc.png"; cat "$TMPDIR/rc/plot.dat"; grep -c "keyentry" "$TMPDIR/rc/plot.gp"
> exit 0
>    0   0   3  32   0   0   1 244
> 0	40517.4	43482.6	42000	Medical Assistants, US 2023 median	-	$42,000
>
>
> -0.160	42000	1
> -0.080	41000	2
> 0.080	84000	4
>
>
> 0.080	84000	4
> 3
!-

== hostile names in titles, legends and area labels run nothing either
%skip-unless /usr/bin/gnuplot
# The role's name is in the regions chart's title and the trend chart's
# legend (single-quoted strings in the script); the areas are row labels.
$ mkdir "$TMPDIR/ha" && cd "$TMPDIR/ha" && wagestat plot regions -q --role '@macro `touch pwned`' --period 2023 -o r.svg --script r "$OLDPWD/data/plot/hostile-areas.csv"; echo "exit $?"
$ wagestat plot trend -q --roles '@macro `touch pwned`' -o t.svg --script t "$OLDPWD/data/plot/hostile-areas.csv"; echo "exit $?"
$ ls -A . r t | grep -c pwned; grep -o '<text>.*</text>' r.svg t.svg | sed 's/<[^>]*>//g' | grep -E 'touch|macro'
> exit 0
> exit 0
> 0
> r.svg:“; system(“touch pwned”)
> r.svg:@macro
> r.svg:Median pay by area: @macro `touch pwned`, 2023
> t.svg:@macro `touch pwned`
!-

== the shipped claims: a PDF, top-coded medians and reconcile
%skip-unless /usr/bin/gnuplot
# Oral and Maxillofacial Surgeons: median, p75 and p90 all at the May 2023
# top-code, $239,200 (qualifier top_coded), so the label says at least;
# general dentists $166,300 and registered nurses $86,070 (grep the file).
$ wagestat plot roles -q --period 2023 --roles '29-1022,29-1021,29-1141' -o "$TMPDIR/t.pdf" --script "$TMPDIR/t" ../datasets/oews_healthcare.csv; echo "exit $?"
$ head -c 5 "$TMPDIR/t.pdf"; echo; cut -f4,9,10 "$TMPDIR/t/plot.dat"
$ wagestat plot reconcile -q --roles 'medical assistants' --area US --stat median -o "$TMPDIR/rc.svg" --script "$TMPDIR/rc" ../datasets/oews_healthcare.csv; echo "exit $?"; grep -c . "$TMPDIR/rc/plot.dat"
> exit 0
> %PDF-
> 86070	$86,070	Registered Nurses
> 166300	$166,300	Dentists, General
> 239200	≥ $239,200	Oral and Maxillofacial Surgeons
> exit 0
> 24
!-

== the hostile-label tests can fail: gnuplot does run backquotes in double quotes
%skip-unless /usr/bin/gnuplot
# A control for the tests above: the same text pasted into a double-quoted
# title does create the file, so "no file appeared" there is a real check.
$ cd "$TMPDIR" && printf 'set terminal svg\nset output "c.svg"\nset title "`touch pwned-control`"\nplot x\n' > c.gp && gnuplot c.gp 2>/dev/null; ls | grep pwned
> pwned-control

== --size sets the picture's pixels
%skip-unless /usr/bin/gnuplot
# 640 = 2 x 256 + 128, 400 = 1 x 256 + 144
$ wagestat plot roles -q --size 640x400 -o "$TMPDIR/s.png" data/plot/roles.csv; echo "exit $?"; od -An -tu1 -j16 -N8 "$TMPDIR/s.png"; wagestat plot roles --size 64x40 data/plot/roles.csv; echo "exit $?"
> exit 0
>    0   0   2 128   0   0   1 144
> exit 2
! wagestat: --size: WIDTHxHEIGHT in pixels such as 800x500, not '64x40' (see 'wagestat help plot')

# The chart is written beside -o and renamed onto it only when gnuplot
# succeeded: a gnuplot that fails leaves the chart that was there (byte for
# byte) and no temporary file beside it (its script is kept, and said).
== a failed plot leaves the old chart and no temporary file
$ mkdir "$TMPDIR/atomic-fail" && printf 'the old chart\n' > "$TMPDIR/atomic-fail/pay.png"
$ WAGESTAT_GNUPLOT=false wagestat plot roles -q -o "$TMPDIR/atomic-fail/pay.png" data/plot/roles.csv 2>/dev/null; echo "exit $?"
$ cat "$TMPDIR/atomic-fail/pay.png"; ls -A "$TMPDIR/atomic-fail"
> exit 1
> the old chart
> pay.png

# SIGTERM while gnuplot runs: the child is ended (it would write "late"
# after two seconds), the temporary directory and file are removed, and
# the old chart stays.
== a plot stopped by a signal leaves no gnuplot, temporary file or directory behind
$ mkdir "$TMPDIR/atomic-sig" "$TMPDIR/atomic-tmp" && printf 'the old chart\n' > "$TMPDIR/atomic-sig/pay.png" && printf '#!/bin/sh\nsleep 2\necho late > "%s/atomic-sig/late"\n' "$TMPDIR" > "$TMPDIR/slow-gnuplot" && chmod +x "$TMPDIR/slow-gnuplot"
$ g="$TMPDIR/slow-gnuplot"; TMPDIR="$TMPDIR/atomic-tmp" WAGESTAT_GNUPLOT="$g" wagestat plot roles -q -o "$TMPDIR/atomic-sig/pay.png" data/plot/roles.csv 2>/dev/null & pid=$!; sleep 1; kill -TERM $pid; wait $pid; echo "status $?"; sleep 3
$ cat "$TMPDIR/atomic-sig/pay.png"; cd "$TMPDIR" && ls -A atomic-sig atomic-tmp
> status 143
> the old chart
> atomic-sig:
> pay.png
>
> atomic-tmp:
