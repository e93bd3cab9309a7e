# wagestat reconcile: worked examples with known answers.  The inputs are
# in tests/data/reconcile; each expected figure is worked by hand in the
# comment above its test.

# Weights official 4, survey 3, article 1.  Sorted: 41,000 (3), 42,000 (4),
# 84,000 (1); total 8, running 3 then 7 passes half: consensus 42,000.
# Median 42,000, deviations 0, 1,000, 42,000: MAD 1,000; the job site's
# robust z = 0.6745 x 42,000 / 1,000 = 28.3, and it is 100% above; the
# survey -1,000 / 42,000 = -2.381%, written to two decimals: -2.38.
== three sources for one key, one off by 2x
$ cd data/reconcile && wagestat reconcile -f csv three.csv | cut -d, -f1,4,8,17-
> source,soc_code,value,consensus,deviation_pct,flags,reason
> BLS,31-9092,42000,42000,0,,
> Survey A,31-9092,41000,42000,-2.38,,
> Job site,31-9092,84000,42000,100,outlier,"robust z 28.3 from the sources' median 42,000 (MAD 1,000)"
! wagestat: rows read 3 = used 3 + filtered 0 + missing 0 + rejected 0
! wagestat: figures read 3 = used 3 + filtered 0 + missing 0 + rejected 0
! wagestat: SOC codes found from role names: 2
! wagestat: claims 3 = compared 3 + unresolved 0; keys 1; flagged 1
! wagestat: keys 1 = reconciled 1 (two sources or more) + one source 0

# 1.4826 x MAD 1,000 = 1,482.6 either side: 40,517 to 43,483; spread
# 1,482.6 / 42,000 = 3.53%.
== one row per key
$ cd data/reconcile && wagestat reconcile -q --keys -f csv three.csv
> soc_code,area,scope,period,stat,unit,n_sources,consensus,low,high,spread_pct,method
> 31-9092,US,,2023,median,annual,3,42000,40517.4,43482.6,3.53,weighted median

# BLS: 21.25 x 2080 = 44,200.00, equal to the annual figure.  The guide:
# 15.42 x 2080 = 32,073.60 against 34,140: 2,066.40 apart; their rounding
# covers 5 (34,140 to the $10) + 0.005 x 2080 = 15.40, and 0.5% is 170.70.
== hourly and annual pairs: one that agrees to the cent, one that does not
$ cd data/reconcile && wagestat reconcile -q -f csv pairs.csv | cut -d, -f1,8,9,19-
> source,value,unit,flags,reason
> BLS OEWS May 2024,44200,annual,,restated from 21.25 hourly
> BLS OEWS May 2024,44200,annual,,
> Career guide,32073.6,annual,hourly_annual_mismatch,"restated from 15.42 hourly; 15.42 an hour x 2080 = 32,074 a year, but the same source gives 34,140 a year: 2,066 apart, more than their rounding (15.40) and 0.5% (170.70)"
> Career guide,34140,annual,hourly_annual_mismatch,"the same source gives 15.42 an hour, 32,074 a year: 2,066 apart, more than their rounding (15.40) and 0.5% (170.70)"

# California: weights 1/500^2 = 4e-6 and 1/1000^2 = 1e-6; mean (0.2 +
# 0.051) / 5e-6 = 50,200; Q = 200^2/500^2 + 800^2/1000^2 = 0.8 < 1, so no
# random effects; se = 1/sqrt(5e-6) = 447.2136; 95% interval 50,200 -/+
# 1.959964 x 447.2136 = 876.52: 49,323.48 to 51,076.52.
# Texas, in thousands: 10, 12, 20 with se 1, 1, 2: fixed mean 12, Q = 4 +
# 0 + 16 = 20 > 2; C = 2.25 - 2.0625/2.25 = 4/3; tau^2 = 18/(4/3) = 13.5
# (13,500,000 in dollars squared); random-effects weights 2/29, 2/29, 2/35
# give 150/11 = 13.636364 and se sqrt(1015/198) = 2.264125; in dollars
# 13,636.36 -/+ 1.959964 x 2,264.125 = 4,437.60: 9,198.76 to 18,073.97.
== standard errors: inverse variance, and random effects when sources disagree
$ cd data/reconcile && wagestat reconcile -q --keys -f tsv se.csv | awk -F'\t' 'NR == 1 { print } NR > 1 { printf "%s %s %.2f %.2f %.2f %s\n", $2, $7, $8, $9, $10, $12 }'; wagestat reconcile -q -f claims se.csv | cut -d, -f5,12 | awk -F, 'NR > 1 { printf "%s %.6g\n", $1, $2 }'
> soc_code	area	scope	period	stat	unit	n_sources	consensus	low	high	spread_pct	method
> CA 2 50200.00 49323.48 51076.52 inverse-variance
> TX 3 13636.36 9198.76 18073.97 random effects (DerSimonian-Laird), tau^2 1.35e+07
> CA 447.214
> TX 2264.13

# Per source, key and year.  The guide's p25 45,000 is above its median
# 40,000; its mean 80,000 is 2.00x the median; its range runs from 50,000
# down to 35,000; 239,200 is the BLS top-code for 2022-2024; it gives two
# different phlebotomist medians (8 claims flagged); three claims cannot
# be compared.
== the shape of one source's figures, top-codes, contradictions, unresolved claims
$ cd data/reconcile && wagestat reconcile -f csv shapes.csv | cut -d, -f4,5,7,8,19-
> soc_code,area,stat,value,flags,reason
> 29-2052,US,p10,30000,,
> 29-2052,US,p25,45000,percentile_order,"the p25 45,000 is above the median 40,000"
> 29-2052,US,median,40000,percentile_order,"the median 40,000 is below the p25 45,000"
> 29-2052,US,mean,80000,mean_median_implausible,"the mean 80,000 is 2.00x the median 40,000 (plausible: 0.8x to 1.6x)"
> 29-2052,US,range_low,50000,percentile_order,"the range_low 50,000 is above the range_high 35,000"
> 29-2052,US,range_high,35000,percentile_order,"the range_high 35,000 is below the range_low 50,000"
> 11-1011,US,median,239200,top_coded,"239,200 is the BLS top-code for 2023: a floor, not the figure"
> 31-9097,US,median,38000,self_contradiction,"the same source also gives 41,500 (shapes.csv:10:8)"
> 31-9097,US,median,41500,self_contradiction,"the same source also gives 38,000 (shapes.csv:9:8)"
> ,US,median,50000,unresolved,not compared: the role is not in the dictionary
> 31-9097,,median,40000,unresolved,not compared: no area
> 31-9097,US,median,40000,unresolved,"not compared: no unit (annual, hourly, ...)"
! wagestat: shapes.csv:11:8: role not in the dictionary: 'Zorbologists' (kept without a SOC code)
! wagestat: rows read 12 = used 12 + filtered 0 + missing 0 + rejected 0
! wagestat: figures read 12 = used 12 + filtered 0 + missing 0 + rejected 0
! wagestat: roles not in the dictionary: 1 (kept without a SOC code)
! wagestat: claims 12 = compared 9 + unresolved 3; keys 8; flagged 8
! wagestat: keys 8 = reconciled 0 (two sources or more) + one source 8
! wagestat:   unresolved 1: the role is not in the dictionary
! wagestat:   unresolved 1: no area
! wagestat:   unresolved 1: no unit (annual, hourly, ...)

# CPI-U 2016 240.007, 2022 292.655, 2024 313.689: 15.17 x 2080 x 313.689 /
# 240.007 = 41,240.54; 60,000 x 313.689 / 292.655 = 64,312.38.  With a
# window of 8 years the 2024 key takes all four: weighted median of BLS
# 41,240.54 (weight 4) and the survey's 44,000 (3) is the BLS figure; the
# article's bounds are judged as bounds.
== CPI restatement of a 2016 figure, periods that meet in a window, bounds
$ cd data/reconcile && wagestat reconcile -q --to-year 2024 --period-window 8 -f csv years.csv | cut -d, -f1,6,8,10,17,19 | awk -F, 'NR == 1 { print } NR > 1 { printf "%s,%s,%.2f,%s,%.2f,%s\n", $1, $2, $3, $4, $5, $6 }'
> source,period,value,qualifier,consensus,flags
> BLS OEWS May 2016,2016-05,41240.54,exact,41240.54,stale
> Survey,2024,44000.00,exact,41240.54,
> Guide,2024,30000.00,less_than,41240.54,outlier
> Guide,2022,64312.38,more_than,41240.54,outlier stale

# The survey's 41,000 is the consensus: BLS 1,000 / 41,000 = 2.439% above
# and the job site 43,000 / 41,000 = 104.878%, to two decimals 2.44, 104.88.
== the reference source's figure is the consensus
$ cd data/reconcile && wagestat reconcile -q --ref Survey -f csv three.csv | cut -d, -f1,17,18,19
> source,consensus,deviation_pct,flags
> BLS,41000,2.44,
> Survey A,41000,0,
> Job site,41000,104.88,outlier

# Weights from a file: the article now outweighs the rest (1 + 1 < 5), and
# the weighted median is its figure.
== weights from a file
$ cd data/reconcile && printf 'source_kind,weight\nofficial,1\nsurvey,1\narticle,5\n' > "$TMPDIR/w.csv"; wagestat reconcile -q --weights "$TMPDIR/w.csv" --keys -f csv three.csv | cut -d, -f8
> consensus
> 84000

== one row per source, and exit 1 on request
$ cd data/reconcile && wagestat reconcile -q --scorecard -f csv three.csv; wagestat reconcile -q --fail-on outlier three.csv > /dev/null; echo "exit $?"; wagestat reconcile -q --fail-on outlier se.csv > /dev/null; echo "exit $?"
> source,claims,flagged,median_abs_deviation_pct
> BLS,1,0,0
> Job site,1,1,100
> Survey A,1,0,2.38
> exit 1
> exit 0

== usage errors
$ cd data/reconcile && wagestat reconcile --fail-on bogus three.csv; echo "exit $?"; wagestat reconcile --tolerance ten three.csv; echo "exit $?"; wagestat reconcile; echo "exit $?"
> exit 2
> exit 2
> exit 2
! wagestat: --fail-on: 'any' or a flag name such as outlier, not 'bogus' (see 'wagestat help reconcile')
! wagestat: --tolerance: a percentage such as 10, not 'ten' (see 'wagestat help reconcile')
! wagestat: no claims file (use - for standard input) (see 'wagestat help reconcile')

# --- the shipped BLS claims --------------------------------------------

# Python on the BLS published annual medians for medical assistants, May
# 2017 to May 2024 (32,480 33,610 34,800 35,850 37,190 38,270 42,000
# 44,200), each x 313.689 / CPI-U of its year: sorted, the 4th and 5th are
# 42,699.31 and 43,053.08, so the median is 42,876.20; MAD 732.58, spread
# 1.4826 x 732.58 / 42,876.20 = 2.53%.
== medical assistants' national median across the OEWS years, in 2024 dollars
$ awk -F, 'NR == 1 || ($4 == "31-9092" && $5 == "US" && $7 == "median" && $15 == "")' ../datasets/oews_healthcare.csv > "$TMPDIR/ma.csv"; wagestat reconcile -q --to-year 2024 --period-window 10 --keys -f csv "$TMPDIR/ma.csv" | cut -d, -f1,2,4-8,11,12 | awk -F, 'NR == 1 { print } NR > 1 { printf "%s,%s,%s,%s,%s,%s,%.2f,%.2f,%s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9 }'
> soc_code,area,period,stat,unit,n_sources,consensus,spread_pct,method
> 31-9092,US,2024,median,annual,8,42876.20,2.53,weighted median

== a weights file that cannot be used says where
$ cd data/reconcile && printf 'source_kind,weight\nofficial,heavy\n' > "$TMPDIR/w.csv"; wagestat reconcile --weights "$TMPDIR/w.csv" three.csv 2>&1 >/dev/null | sed "s|$TMPDIR/||"; printf 'source_kind,weight\nofficious,2\n' > "$TMPDIR/w.csv"; wagestat reconcile --weights "$TMPDIR/w.csv" three.csv > /dev/null 2>&1; echo "exit $?"
> wagestat: w.csv:2:2: a weight is a number of 0 or more, not 'heavy'
> exit 2

# A BLS layout with no area column is national (said once).  Its median
# for 31-9092 (42,000) meets a survey's 44,000, both read as surveys
# (weight 3 each): the weighted median lands on half, so it is their mean,
# 43,000, and each is 1,000 / 43,000 = 2.33% off.  The survey's 29-2061
# figure has no other source: that key is counted apart and is no deviation
# of 0% in the scorecard (the survey's median deviation is 2.33, not
# (2.33 + 0) / 2 = 1.16).
== reconcile: a national file without areas, keys with one source apart
$ printf 'OCC_CODE,OCC_TITLE,A_MEDIAN\n31-9092,Medical Assistants,42000\n' > "$TMPDIR/national_M2023_dl.csv"
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nSurvey,survey,,31-9092,US,2023,median,44000,annual,exact,,,,\nSurvey,survey,,29-2061,US,2023,median,60000,annual,exact,,,,\n' > "$TMPDIR/survey.csv"
$ cd "$TMPDIR" && wagestat reconcile --scorecard -f csv national_M2023_dl.csv survey.csv 2>&1 >/dev/null | grep -E 'national|keys'; wagestat reconcile -q --scorecard -f csv national_M2023_dl.csv survey.csv | awk -F, 'NR > 1 { printf "%s %s %.2f\n", $1, $2, $4 }'
> wagestat: national_M2023_dl.csv: no area column in a BLS layout: its figures are taken as national (US; give --area to say otherwise)
> wagestat: claims 3 = compared 3 + unresolved 0; keys 2; flagged 0
> wagestat: keys 2 = reconciled 1 (two sources or more) + one source 1
> Survey 2 2.33
> national_M2023_dl.csv 1 2.33
