# Numbers as people read them, and as machines do: money to the cent in
# CSV, TSV, JSON and claims files (--precision full for every digit),
# counts whole in every format, one mark for no value, and text tables
# that fit 100 columns.  Every expected figure is worked by hand in the
# comment above its test.

# 45,000.10 + 45,000.20 = 90,000.30, mean 45,000.15.  In binary the sum is
# 90000.29999999999 and the mean 45000.149999999994 (the digits Python's
# repr gives), which --precision full writes.
== money in CSV, TSV and JSON to the cent; --precision full keeps every digit
$ printf 'salary\n45000.10\n45000.20\n' > "$TMPDIR/m.csv"; for f in csv tsv; do wagestat summarize -q -s count,sum,mean -f $f "$TMPDIR/m.csv"; done; wagestat summarize -q -s count,sum,mean -f json "$TMPDIR/m.csv" | sed -n 3p; wagestat --precision full summarize -q -s count,sum,mean -f csv "$TMPDIR/m.csv"; wagestat --precision cents summarize -q -s mean -f csv "$TMPDIR/m.csv"
> count,sum,mean
> 2,90000.3,45000.15
> count	sum	mean
> 2	90000.3	45000.15
>   {"count": 2, "sum": 90000.3, "mean": 45000.15}
> count,sum,mean
> 2,90000.29999999999,45000.149999999994
> mean
> 45000.15

# 15.17 an hour in 2016 is 15.17 x 2080 x 313.689 / 240.007 = 41240.5356
# a year in 2024 dollars: 41240.54 to the cent.  A count is whole: an
# employment of 430.6 is written 431 (and restated in no dollars).
== claims files: money to the cent, counts whole; --precision full as computed
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nBLS,official,Medical Assistants,31-9092,US,2016,median,15.17,hourly,exact,,,,\nBLS,official,Medical Assistants,31-9092,US,2016,count,430.6,,exact,,,,\n' > "$TMPDIR/c.csv"; wagestat convert -q --to-year 2024 -u annual "$TMPDIR/c.csv" | cut -d, -f7,8; wagestat convert -q --to-year 2024 -u annual -f json "$TMPDIR/c.csv" | grep -o '"value": [0-9.]*'; wagestat --precision full convert -q --to-year 2024 -u annual "$TMPDIR/c.csv" | cut -d, -f7,8 | sed -n 2p | grep -c '^median,41240\.535[0-9]*$'
> stat,value
> median,41240.54
> count,431
> "value": 41240.54
> "value": 431
> 1

# One source a key: the consensus is its figure.  The median 95.06 an
# hour is 95.06 x 2080 = 197,724.80 a year, 197,725 for people.  The
# employment 430 with se 126.85 has the interval 430 -/+ 1.96 x 126.85 =
# 430 -/+ 248.626: 181.374 to 678.626, counts of people: 181 and 679, in
# text and Markdown as in CSV.  Its unit is blank: "-".
== employment counts without cents in every format
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nBLS,official,Prosthodontists,29-1024,US,2017-05,count,430,,exact,,126.85,,\nBLS,official,Prosthodontists,29-1024,US,2017-05,median,95.06,hourly,exact,,,,\n' > "$TMPDIR/k.csv"; wagestat reconcile -q --keys "$TMPDIR/k.csv"; wagestat reconcile -q --keys -f md "$TMPDIR/k.csv" | tail -n 1; wagestat reconcile -q --keys -f csv "$TMPDIR/k.csv" | tail -n 1
> soc_code  area  scope  period  stat    unit    n_sources  consensus      low     high  spread_pct  method
> 29-1024   US    -      2017    median  annual          1    197,725  197,725  197,725        0.00  single source
> 29-1024   US    -      2017    count   -               1        430      181      679        0.00  single source
> | 29-1024 | US | - | 2017 | count | - | 1 | 430 | 181 | 679 | 0.00 | single source |
> 29-1024,US,,2017,count,,1,430,181,679,0,single source

# A blank department and the sd of one value (undefined) are both "-" for
# people (text, Markdown, HTML); empty in CSV; "" and null in JSON.  A:
# 40,000 and 42,000, mean 41,000, sd sqrt(1,000^2 + 1,000^2) =
# 1,414.2136: 1,414 for people, 1414.21 to the cent.
== no value is "-" for people, empty for machines, in every writer
$ printf 'dept,salary\n,50000\nA,40000\nA,42000\n' > "$TMPDIR/b.csv"; for f in text md csv; do wagestat summarize -q -g dept -s count,mean,sd -f $f "$TMPDIR/b.csv"; done; wagestat summarize -q -g dept -s count,mean,sd -f json "$TMPDIR/b.csv" | sed -n 3p; wagestat summarize -q -g dept -s count,mean,sd -f html "$TMPDIR/b.csv" | grep -c '<td>-</td>.*<td class="num">-</td>'
> dept  count    mean     sd
> -         1  50,000      -
> A         2  41,000  1,414
> | dept | count | mean | sd |
> | --- | ---: | ---: | ---: |
> | - | 1 | 50,000 | - |
> | A | 2 | 41,000 | 1,414 |
> dept,count,mean,sd
> ,1,50000,
> A,2,41000,1414.21
>   {"dept": "", "count": 1, "mean": 50000, "sd": null},
> 1

== a blank group is "-" on a chart too
%skip-unless /usr/bin/gnuplot
$ cd "$TMPDIR" && printf 'group,salary\n,50000\nA,40000\n' | wagestat plot dist -q -g group -o d.svg --script d -; echo "exit $?"; grep '^# group' d/plot.dat; grep -c "^set title '-'" d/plot.gp
> exit 0
> # group	-	1	50000	50000	50000	0	0
> # group	A	1	40000	40000	40000	0	0
> 1

# count (5 wide) and median ("50,000", 6) take 5 + 6 + 2 x 2 = 15 columns,
# leaving the label 85: its first 84 characters and an ellipsis; the
# header and shorter labels are padded to 85.  CSV and Markdown keep all
# 100 characters.
== text tables fit 100 columns: long labels end in an ellipsis, other formats keep them
$ printf 'Department,salary\n"%s",50000\nWater,40000\n' 'Department of Streets and Sanitation, Bureau of Forestry, Tree Trimming and Stump Removal Operations' > "$TMPDIR/w.csv"; wagestat summarize -q -g Department -s count,median "$TMPDIR/w.csv"; wagestat summarize -q -g Department -s count,median -f csv "$TMPDIR/w.csv" | sed -n 2p; wagestat summarize -q -g Department -s count,median -f md "$TMPDIR/w.csv" | sed -n 3p
> Department                                                                             count  median
> Department of Streets and Sanitation, Bureau of Forestry, Tree Trimming and Stump Re…      1  50,000
> Water                                                                                      1  40,000
> "Department of Streets and Sanitation, Bureau of Forestry, Tree Trimming and Stump Removal Operations",1,50000
> | Department of Streets and Sanitation, Bureau of Forestry, Tree Trimming and Stump Removal Operations | 1 | 50,000 |

== --precision takes cents or full
$ wagestat --precision 3 summarize -q -; echo "exit $?"; wagestat --precision; echo "exit $?"
> exit 2
> exit 2
! wagestat: --precision: cents or full, not '3' (see 'wagestat help')
! wagestat: --precision needs a value (see 'wagestat help')
