# wagestat summarize: options, statistics and formats.  Every expected
# figure is worked by hand in the comment above its test, or (for the real
# files) computed separately with Python's csv module and numpy
# (np.percentile, linear = R type 7).  Tests of a statistic's digits
# past the cent read it at --precision full.

# Type 7 on 1..9, 100 (n = 10): p90 at h = 9 x 0.9 = 8.1 -> 9 + 0.1 x 91 =
# 18.1; p25 at h = 2.25 -> 3.25; p75 at h = 6.75 -> 7.75; iqr 4.5; median
# 5.5; absolute deviations from 5.5 sorted .5 .5 1.5 1.5 2.5 2.5 3.5 3.5 4.5
# 94.5 -> median 2.5, mad = 2.5 x 1.4826 = 3.7065; sum 145; mean 14.5.
== exact percentiles, iqr, mad, sum
$ printf 'salary\n1\n2\n3\n4\n5\n6\n7\n8\n9\n100\n' | wagestat --precision full summarize -q -s count,sum,mean,median,p25,p75,p90,iqr,madraw,mad -f tsv - | awk -F'\t' 'NR == 1 { print } NR == 2 { for (i = 1; i <= NF; i++) printf "%.10g%s", $i, i < NF ? " " : "\n" }'
> count	sum	mean	median	p25	p75	p90	iqr	madraw	mad
> 10 145 14.5 5.5 3.25 7.75 18.1 4.5 2.5 3.7065

# Binomial(10, 1/2): P(B <= 1) = 11/1024 = 0.011 <= 0.025 < P(B <= 2) =
# 56/1024, so l = 2 and the interval is ranks 2 and 9: values 20 and 90.
# With n = 5, P(B <= 0) = 1/32 = 0.031 > 0.025: no interval.
== median_ci from order statistics, none for n < 6
$ printf 'g,salary\nA,10\nA,20\nA,30\nA,40\nA,50\nA,60\nA,70\nA,80\nA,90\nA,100\nB,1\nB,2\nB,3\nB,4\nB,5\n' | wagestat summarize -q -g g -s count,median,median_ci -f csv -
> g,count,median,median_ci_low,median_ci_high
> A,10,55,20,90
> B,5,3,,

# Values 10 20 30 40 with weights 1 2 3 4: sum of weights 10, weighted
# sum 300, mean 30.  sd: sum w(x-m)^2 = 400 + 200 + 0 + 400 = 1000,
# sum w^2 = 30, sqrt(1000 x 10 / (100 - 30)) = 11.952286.  Quantiles: mid-
# weight positions c = 0.5, 2, 4.5, 8; the median at c = 0.5 + 0.5 x 7.5 =
# 4.25 -> 20 + (2.25 / 2.5) x 10 = 29; p10 at c = 1.25 -> 10 + (0.75 / 1.5)
# x 10 = 15; p90 at c = 7.25 -> 30 + (2.75 / 3.5) x 10 = 37.857143.
== weighted statistics
$ printf 'salary,w\n10,1\n20,2\n30,3\n40,4\n' | wagestat --precision full summarize -q -w w -s count,weight_sum,sum,mean,sd,p10,median,p90 -f tsv - | awk -F'\t' 'NR == 1 { print } NR == 2 { printf "%s %s %s %s %.6f %s %s %.6f\n", $1, $2, $3, $4, $5, $6, $7, $8 }'
> count	weight_sum	sum	mean	sd	p10	median	p90
> 4 10 300 30 11.952286 15 29 37.857143

# Equal weights give type 7: 10 20 30 40 -> median 25, p10 at h = 0.3 -> 13.
== equal weights are the unweighted percentiles
$ printf 'salary,w\n10,2\n20,2\n30,2\n40,2\n' | wagestat summarize -q -w w -s p10,median -f csv -
> p10,median
> 13,25

# Rows with region X: 10 and 30; the two Y rows are filtered, not rejected.
== --where keeps matching rows and counts the others as filtered
$ printf 'role,region,salary\nA,X,10\nA,Y,20\nB, x ,30\nB,Y,40\n' | wagestat summarize --where region=X -s count,mean -f csv -
> count,mean
> 2,20
! wagestat: rows read 4 = used 2 + filtered 2 + missing 0 + rejected 0

== columns by number; groups in first-seen order, or sorted
$ printf 'role,region,salary\nZ,b,1\nA,a,2\nZ,a,3\n' | wagestat summarize -q -g 1 -v 3 -s count,sum -f csv -; printf 'role,region,salary\nZ,b,1\nA,a,2\nZ,a,3\n' | wagestat summarize -q -g role,2 -s sum --sort -f csv -
> role,count,sum
> Z,2,4
> A,1,2
> role,region,sum
> A,a,2
> Z,a,3
> Z,b,1

# $45,000 + 45k + $15.20/hr x 2080 (= 31,616) = 121,616.
== money as people write it; hourly values made annual when asked
$ printf 'salary\n"$45,000"\n45k\n$15.20/hr\n" N/A "\n' | wagestat summarize -u annual -s count,missing,sum -f csv -
> count,missing,sum
> 3,1,121616
! wagestat: rows read 4 = used 3 + filtered 0 + missing 1 + rejected 0
! wagestat:   converted 1 hourly values to annual (x 2080)
! wagestat:   basis fte: 1 values at the full-time 2080 hours and 52 weeks a year
! wagestat:   the rows mix 2 annual and 1 hourly values (basis fte)

== without -u a value with a unit is not mixed with plain ones
$ printf 'salary\n45000\n$15.20/hr\n' | wagestat summarize -s count,sum -f csv -
> count,sum
> 1,45000
! wagestat: <stdin>:3:1: value states a unit (give -u to convert): '$15.20/hr'
! wagestat: rows read 2 = used 1 + filtered 0 + missing 0 + rejected 1
! wagestat:   rejected 1: value states a unit (give -u to convert)

== another currency is rejected, never mixed; --currency picks it
$ printf 'salary\n"£32,000"\n40000\n' | wagestat summarize -q -s count,sum -f csv -; printf 'salary\n"£32,000"\n€1\n' | wagestat summarize -q --currency GBP -s count,sum -f csv -
> count,sum
> 1,40000
> count,sum
> 1,32000

== tab-separated input is detected; CRLF and a byte-order mark are read
$ printf '\357\273\277role\tsalary\r\nA\t10\r\nA\t"1,000"\r\n' | wagestat summarize -q -g role -s count,sum -f csv -; printf 'role;salary\nA;7\n' | wagestat summarize -q -d ';' -s sum -f csv -
> role,count,sum
> A,2,1010
> sum
> 7

# (45000 + 46000.5) / 2 = 45500.25, shown to the dollar for people.
== text, markdown and tsv formats
$ printf 'role,salary\nA,45000\nA,46000.5\n' | wagestat summarize -q -g role -s count,mean,min -; printf 'role,salary\nA,45000\nA,46000.5\n' | wagestat summarize -q -g role -s mean -f md -; printf 'role,salary\nA,45000\nA,46000.5\n' | wagestat summarize -q -g role -s mean -f tsv -
> role  count    mean     min
> A         2  45,500  45,000
> | role | mean |
> | --- | ---: |
> | A | 45,500 |
> role	mean
> A	45500.25

== JSON carries the accounting
$ printf 'role,salary\nA,10\nA,20\nB,x\n' | wagestat summarize -q -g role -s count,mean -f json -
> {"columns": ["role", "count", "mean"],
>  "rows": [
>   {"role": "A", "count": 2, "mean": 15}
>  ],
>  "accounting": {"rows_read": 3, "used": 2, "filtered": 0, "missing": 0, "rejected": 1, "rejected_by_reason": {"not a number": 1}, "converted": {}, "basis": {"name": "fte", "values": 0, "hours": null, "weeks": 52, "other_hours": 0}, "top_coded": 0, "mixed_groups": []}}

# --- the real files (skipped when ../shared/data/real is absent) --------

# Python: rows with 'Please indicate the currency' = USD (trimmed, any
# case): 23,408 of 28,106 (4,698 other currencies); salaries are plain
# numbers, all parse; 19 of them are no pay anyone is paid (18 of $0, one
# of $102,000,000) and are rejected, 23,389 used.  By industry (in the
# order the file first names them), count / median / p90 / mean of the
# values from 1 to 100,000,000:
#   Accounting, Banking & Finance  1490   80000  150000   95233.70
#   Nonprofits                     2139   65000  115000   73294.67
#   Computing or Tech              3782  120000  196000  130473.94
#   Health care                    1639   80000  150000   93018.69
== Ask a Manager 2021: USD salaries by industry, every response counted
%skip-unless ../../shared/data/real/ask_a_manager_2021/ask_a_manager_2021.csv
$ wagestat summarize -g 3 -v 6 --where 8=USD -s count,median,p90,mean -f tsv ../../shared/data/real/ask_a_manager_2021/ask_a_manager_2021.csv | awk -F'\t' '$1 == "Accounting, Banking & Finance" || $1 == "Computing or Tech" || $1 == "Health care" || $1 == "Nonprofits" { printf "%s %s %s %s %.2f\n", $1, $2, $3, $4, $5 }'
> Accounting, Banking & Finance 1490 80000 150000 95233.70
> Nonprofits 2139 65000 115000 73294.67
> Computing or Tech 3782 120000 196000 130473.94
> Health care 1639 80000 150000 93018.69
! wagestat: ../../shared/data/real/ask_a_manager_2021/ask_a_manager_2021.csv:3613:6: implausible pay: not from 1 to 100,000,000: '102000000'
! wagestat: ../../shared/data/real/ask_a_manager_2021/ask_a_manager_2021.csv:8763:6: implausible pay: not from 1 to 100,000,000: '0'
! wagestat: ../../shared/data/real/ask_a_manager_2021/ask_a_manager_2021.csv:10387:6: implausible pay: not from 1 to 100,000,000: '0'
! wagestat: ../../shared/data/real/ask_a_manager_2021/ask_a_manager_2021.csv:12643:6: implausible pay: not from 1 to 100,000,000: '0'
! wagestat: ../../shared/data/real/ask_a_manager_2021/ask_a_manager_2021.csv:13565:6: implausible pay: not from 1 to 100,000,000: '0'
! wagestat: rows read 28106 = used 23389 + filtered 4698 + missing 0 + rejected 19
! wagestat:   rejected 19: implausible pay: not from 1 to 100,000,000

# The same file without --where: the currency column ("Please indicate
# the currency", the first header holding the word but the salary
# question's own) is read on every row and other currencies are rejected,
# never pooled.  Python, csv module, column 8 trimmed:
#   Counter(row[7].strip() for row in rows) = USD 23408, CAD 1675,
#   GBP 1592, EUR 646, AUD/NZD 504, Other 164, CHF 37, SEK 37, JPY 23,
#   ZAR 16, HKD 4 (4,698 not USD); of the USD rows the 19 of $0 or
#   $102,000,000 are rejected as before, so the figures by industry are
#   those of the --where test above.
== Ask a Manager 2021 without --where: only USD salaries, the others counted by currency
%skip-unless ../../shared/data/real/ask_a_manager_2021/ask_a_manager_2021.csv
$ wagestat summarize -q -g 3 -v 6 -s count,median,p90,mean -f json ../../shared/data/real/ask_a_manager_2021/ask_a_manager_2021.csv > "$TMPDIR/aam.json"
$ python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); a = d["accounting"]; print(a["rows_read"], a["used"], a["rejected"]); [print(k, v) for k, v in sorted(a["rejected_by_reason"].items())]; [print(r[sys.argv[2]], r["count"], r["median"], r["p90"], "%.2f" % r["mean"]) for r in d["rows"] if r[sys.argv[2]] in ("Nonprofits", "Computing or Tech")]' "$TMPDIR/aam.json" 'What industry do you work in?'
> 28106 23389 4717
> currency AUD/NZD, not USD 504
> currency CAD, not USD 1675
> currency CHF, not USD 37
> currency EUR, not USD 646
> currency GBP, not USD 1592
> currency HKD, not USD 4
> currency JPY, not USD 23
> currency OTHER, not USD 164
> currency SEK, not USD 37
> currency ZAR, not USD 16
> implausible pay: not from 1 to 100,000,000 19
> Nonprofits 2139 65000 115000 73294.67
> Computing or Tech 3782 120000 196000 130473.94

== a currency column is read on every row; --currency-col names one
$ printf 'pay,Currency\n10,USD\n20,gbp\n30,\n40, CAD \n' | wagestat summarize -s count,sum -f csv -
$ printf 'pay,cur\n10,EUR\n20,eur\n30,USD\n' | wagestat summarize -q --currency eur --currency-col cur -s count,sum -f csv -
> count,sum
> 2,40
> count,sum
> 2,30
! wagestat: <stdin>:3:2: currency GBP, not USD: 'gbp'
! wagestat: <stdin>:5:2: currency CAD, not USD: 'CAD'
! wagestat: rows read 4 = used 2 + filtered 0 + missing 0 + rejected 2
! wagestat:   rejected 1: currency GBP, not USD
! wagestat:   rejected 1: currency CAD, not USD

# Python: 31,133 rows, each with an annual salary or an hourly rate;
# hourly x 2080.  HOURLY 6910 rows, median 81640, mean 80791.51; SALARY
# 24223 rows, median 101052, mean 99629.76.
== City of Chicago payroll, all of it: salaried and hourly rows
%skip-unless ../../shared/data/real/chicago_employees/chicago_employee_salaries_2023-03_no_names.csv
$ wagestat summarize -g 'Salary or Hourly' -v 'Annual Salary,Hourly Rate:hourly' -u annual -s count,median,mean -f tsv ../../shared/data/real/chicago_employees/chicago_employee_salaries_2023-03_no_names.csv | awk -F'\t' 'NR > 1 { printf "%s %s %s %.2f\n", $1, $2, $3, $4 }'
> HOURLY 6910 81640 80791.51
> SALARY 24223 101052 99629.76
! wagestat: rows read 31133 = used 31133 + filtered 0 + missing 0 + rejected 0
! wagestat:   converted 6910 hourly values to annual (x 2080)
! wagestat:   basis fte: 6910 values at the full-time 2080 hours and 52 weeks a year

# By hand: 10 an hour at 20 hours a week and 15 at 40 are 10 x 20 x 52 =
# 10,400 and 15 x 40 x 52 = 31,200 a year at their own hours (sum
# 41,600); the third row's hours are blank, so at basis actual it has no
# annual pay and is rejected.  At 48 weeks: 9,600 + 28,800 = 38,400.  At
# basis fte (the default) all three are x 2080: 20,800 + 31,200 + 24,960
# = 76,960, and --hours only counts the two that work other than 40.
== --basis actual: hourly pay at each row's hours and weeks; fte counts the part-timers
$ printf 'pay,h,w\n10,20,48\n15,40,48\n12,,48\n' | wagestat summarize -v pay:hourly -u annual --hours h --basis actual -s count,sum -f csv -
$ printf 'pay,h,w\n10,20,48\n15,40,48\n12,,48\n' | wagestat summarize -q -v pay:hourly -u annual --hours h --basis actual --weeks w -s sum -f csv -
$ printf 'pay,h,w\n10,20,48\n15,40,48\n12,,48\n' | wagestat summarize -v pay:hourly -u annual --hours h -s sum -f csv -
> count,sum
> 2,41600
> sum
> 38400
> sum
> 76960
! wagestat: <stdin>:4:2: no hours a week: ''
! wagestat: rows read 3 = used 2 + filtered 0 + missing 0 + rejected 1
! wagestat:   rejected 1: no hours a week
! wagestat:   converted 2 hourly values to annual (by each row's 'h' a week x 52 weeks)
! wagestat:   basis actual: 2 values at their own hours ('h' a week x 52 weeks)
! wagestat: rows read 3 = used 3 + filtered 0 + missing 0 + rejected 0
! wagestat:   converted 3 hourly values to annual (x 2080)
! wagestat:   basis fte: 3 values at the full-time 2080 hours and 52 weeks a year
! wagestat:   of them 1 work other than 40 hours a week by 'h' (--basis actual counts their hours)

== --basis actual needs --hours; --basis and --weeks take only what they say
$ wagestat summarize --basis actual x.csv; wagestat summarize --basis part x.csv; wagestat summarize --weeks 60 x.csv
? 2
! wagestat: --basis actual: say which column holds hours a week with --hours (see 'wagestat help summarize')
! wagestat: --basis: fte or actual, not 'part' (see 'wagestat help summarize')
! wagestat: --weeks: weeks a year from 1 to 53, or a column, not '60' (see 'wagestat help summarize')

# A workbook begins "PK\3\4" (a zip) or D0 CF 11 E0 (an old .xls).
== a workbook is named as one, not read as broken CSV
$ printf 'PK\003\004rest' > "$TMPDIR/pay.xlsx"; wagestat summarize "$TMPDIR/pay.xlsx" 2>&1 | sed "s|$TMPDIR/||"; wagestat summarize - < "$TMPDIR/pay.xlsx"
? 2
> wagestat: pay.xlsx: this is a workbook: convert it, or use import
! wagestat: -: this is a workbook: convert it, or use import

# Groups are found by the numbers of their columns' values in a grid, and
# past 1M cells in a hash of those numbers: 1,500 values of a (each with
# b = a mod 700) need caps of 2048 x 1024 cells, so the grid gives way to
# the hash at the 1,025th value of a.  Rows i = 0..5999: a = i mod 1500,
# salary 1000 + i; awk counts and sums each (a, b) in first-seen order.
== many groups: the grid of group numbers, then the hash, keep first-seen order
$ awk 'BEGIN { print "a,b,salary"; for (i = 0; i < 6000; i++) print "k" i % 1500 "," (i % 1500) % 700 "," 1000 + i }' > "$TMPDIR/many.csv"
$ awk -F, 'NR > 1 { k = $1 "," $2; if (!(k in n)) o[m++] = k; n[k]++; s[k] += $3 } END { print "a,b,count,sum"; for (j = 0; j < m; j++) print o[j] "," n[o[j]] "," s[o[j]] }' "$TMPDIR/many.csv" > "$TMPDIR/many.want"
$ wagestat summarize -q -g a,b -s count,sum -f csv "$TMPDIR/many.csv" | cmp - "$TMPDIR/many.want" && echo same
$ wagestat summarize -q -g a,b -s count,sum -f csv "$TMPDIR/many.csv" | wc -l
> same
> 1501
