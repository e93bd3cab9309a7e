# wagestat import: BLS OEWS layouts and wide tables as claims.  Expected
# claims are worked by hand from the small files in tests/data (se = value x
# PRSE / 100; the 2022 top-code is $239,200 a year or $115.00 an hour), and
# for the real files checked against the BLS's published medians (the
# Occupational Outlook Handbook's "median pay" for each May release).

== a national file of the old layout: footnotes, top-codes, broad/detailed pairs
# 29-2010 is listed broad, then detailed with the same figures: one row is
# kept (its claims point at the first), labelled detailed; the other is filtered
$ wagestat import oews data/national_M2022_dl.csv
> source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote,scope,level
> BLS OEWS May 2022,official,Clinical Laboratory Technologists and Technicians,29-2010,US,2022-05,count,100000,,exact,,1500,data/national_M2022_dl.csv:2:4,,,detailed
> BLS OEWS May 2022,official,Clinical Laboratory Technologists and Technicians,29-2010,US,2022-05,mean,30,hourly,exact,,0.15,data/national_M2022_dl.csv:2:6,,,detailed
> BLS OEWS May 2022,official,Clinical Laboratory Technologists and Technicians,29-2010,US,2022-05,mean,62400,annual,exact,,312,data/national_M2022_dl.csv:2:7,,,detailed
> BLS OEWS May 2022,official,Clinical Laboratory Technologists and Technicians,29-2010,US,2022-05,median,29,hourly,exact,,,data/national_M2022_dl.csv:2:9,,,detailed
> BLS OEWS May 2022,official,Clinical Laboratory Technologists and Technicians,29-2010,US,2022-05,median,60320,annual,exact,,,data/national_M2022_dl.csv:2:10,,,detailed
> BLS OEWS May 2022,official,Clinical Laboratory Technologists and Technicians,29-2010,US,2022-05,p90,239200,annual,top_coded,,,data/national_M2022_dl.csv:2:11,,,detailed
> BLS OEWS May 2022,official,Chief Executives,11-1011,US,2022-05,count,200000,,exact,,1600,data/national_M2022_dl.csv:5:4,,,detailed
> BLS OEWS May 2022,official,Chief Executives,11-1011,US,2022-05,mean,115,hourly,top_coded,,,data/national_M2022_dl.csv:5:6,,,detailed
> BLS OEWS May 2022,official,Chief Executives,11-1011,US,2022-05,mean,239200,annual,top_coded,,,data/national_M2022_dl.csv:5:7,,,detailed
> BLS OEWS May 2022,official,Chief Executives,11-1011,US,2022-05,median,115,hourly,top_coded,,,data/national_M2022_dl.csv:5:9,,,detailed
> BLS OEWS May 2022,official,Chief Executives,11-1011,US,2022-05,median,239200,annual,top_coded,,,data/national_M2022_dl.csv:5:10,,,detailed
> BLS OEWS May 2022,official,Chief Executives,11-1011,US,2022-05,p90,239200,annual,top_coded,,,data/national_M2022_dl.csv:5:11,,,detailed
! wagestat: rows read 4 = used 2 + filtered 1 + missing 1 + rejected 0
! wagestat: figures read 18 = used 12 + filtered 0 + missing 6 + rejected 0
! wagestat:   missing 1: employment not available (BLS **)
! wagestat:   missing 5: wage not available (BLS *)

== a semicolon subset with a byte-order mark and CRLF, means only
$ wagestat import oews data/state_M2023_subset.csv
> source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote,scope,level
> BLS OEWS May 2023,official,Medical Assistants,31-9092,OH,2023-05,mean,19,hourly,exact,,,data/state_M2023_subset.csv:2:4,,,
> BLS OEWS May 2023,official,Medical Assistants,31-9092,OH,2023-05,mean,39520,annual,exact,,,data/state_M2023_subset.csv:2:5,,,
! wagestat: rows read 2 = used 1 + filtered 0 + missing 1 + rejected 0
! wagestat: figures read 4 = used 2 + filtered 0 + missing 2 + rejected 0
! wagestat:   missing 2: wage not available (BLS *)

== no year in the name: --period is needed
$ printf 'OCC_CODE,A_MEDIAN\n31-9092,"40,000"\n' > "${TMPDIR:-/tmp}/ws-oews.csv"; wagestat import oews -q "${TMPDIR:-/tmp}/ws-oews.csv" 2>&1 >/dev/null | sed "s|${TMPDIR:-/tmp}/||"; wagestat import oews -q --period 2021-05 "${TMPDIR:-/tmp}/ws-oews.csv" | cut -d, -f1,4-10
> wagestat: ws-oews.csv: no year in the file name (such as M2023): give --period
> source,soc_code,area,period,stat,value,unit,qualifier
> BLS OEWS May 2021,31-9092,US,2021-05,median,40000,annual,exact

== a truncated file: the cut row is rejected, the rest kept
$ printf 'OCC_CODE,OCC_TITLE,A_MEDIAN\n31-9092,Medical Assistants,"40,000"\n29-2010,"Clinical Lab' | wagestat import oews --period 2023-05 - | cut -d, -f4,7,8
> soc_code,stat,value
> 31-9092,median,40000
! wagestat: <stdin>:3:2: unterminated quoted field
! wagestat: rows read 2 = used 1 + filtered 0 + missing 0 + rejected 1
! wagestat:   rejected 1: unterminated quoted field
! wagestat: figures read 1 = used 1 + filtered 0 + missing 0 + rejected 0

== a table with no figure columns is refused
$ printf 'OCC_CODE,OCC_TITLE\n31-9092,Medical Assistants\n' | wagestat import oews --period 2023-05 -
> source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote,scope,level
! wagestat: <stdin>: neither claims (stat and value columns) nor a table of figures (columns such as median, mean, 10th percentile)
? 2

== an OEWS file without its code column is refused
$ printf 'OCC_TITLE,A_MEDIAN\nMedical Assistants,"40,000"\n' | wagestat import oews --period 2023-05 - > /dev/null
! wagestat: <stdin>: no occupation code column (OCC_CODE)
? 2

== every wage a footnote: nothing lost, all counted
$ printf 'OCC_CODE,H_MEAN,A_MEAN,A_MEDIAN\n31-9092,*,*,*\n31-9097,*,*,*\n' | wagestat import oews --period 2023-05 -
> source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote,scope,level
! wagestat: rows read 2 = used 0 + filtered 0 + missing 2 + rejected 0
! wagestat: figures read 6 = used 0 + filtered 0 + missing 6 + rejected 0
! wagestat:   missing 6: wage not available (BLS *)

== a wide table with loose headers, an explicit column meaning and a unit
$ printf 'Occupation,State,Year,Median Wage,10th Percentile,Average wage,Annual wage,Entry Wage\nMedical Assistants,Ohio,2022,18.50,14.00,19.00,"39,520",15.10\n' | wagestat import table -u hourly --map 'Annual wage=mean:annual' --source 'State survey' - | cut -d, -f1-10
> source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier
> State survey,survey,Medical Assistants,31-9092,OH,2022,median,18.5,hourly,exact
> State survey,survey,Medical Assistants,31-9092,OH,2022,p10,14,hourly,exact
> State survey,survey,Medical Assistants,31-9092,OH,2022,mean,19,hourly,exact
> State survey,survey,Medical Assistants,31-9092,OH,2022,mean,39520,annual,exact
! wagestat: columns not used: 'Entry Wage'
! wagestat: rows read 1 = used 1 + filtered 0 + missing 0 + rejected 0
! wagestat: figures read 4 = used 4 + filtered 0 + missing 0 + rejected 0
! wagestat: SOC codes found from role names: 4

== names resolve through the dictionaries; what does not is kept and counted
# Medical assistants are 31-9092 and Ohio is OH (datasets/roles.csv,
# areas.csv); 31-1014 is the SOC 2010 code of nursing assistants, 31-1131
# since 2018; 29-1060 (physicians and surgeons) split in 2018.
$ printf 'Occupation,State,Year,Median Wage\nmedical assistant,ohio,2022,18.50\nZorbologists,Atlantis,2022,20\nCMA,D.C.,2022,21\n' | wagestat import table --source S - | cut -d, -f3-8
> role,soc_code,area,period,stat,value
> medical assistant,31-9092,OH,2022,median,18.5
> Zorbologists,,Atlantis,2022,median,20
> CMA,31-9092,DC,2022,median,21
! wagestat: <stdin>:3:4: role not in the dictionary: 'Zorbologists' (kept without a SOC code)
! wagestat: <stdin>:3:4: area not in the dictionary: 'Atlantis' (kept as written)
! wagestat: <stdin>: 3 figures whose column names no unit read by their size: under 200 hourly, else annual (give -u to say otherwise)
! wagestat: rows read 3 = used 3 + filtered 0 + missing 0 + rejected 0
! wagestat: figures read 3 = used 3 + filtered 0 + missing 0 + rejected 0
! wagestat: SOC codes found from role names: 2
! wagestat: roles not in the dictionary: 1 (kept without a SOC code)
! wagestat: areas not in the dictionary: 1 (kept as written)

== SOC 2010 codes meet their 2018 codes; a split code is kept as written
$ printf 'OCC_CODE,OCC_TITLE,A_MEDIAN\n31-1014,Nursing Assistants,"26,590"\n29-1060,Physicians and Surgeons,"208,000"\n' | wagestat import oews --period 2017-05 - | cut -d, -f3,4,8
> role,soc_code,value
> Nursing Assistants,31-1131,26590
> Physicians and Surgeons,29-1060,208000
! wagestat: <stdin>:3:3: occupation code not in the dictionary: '29-1060' (kept as written)
! wagestat: rows read 2 = used 2 + filtered 0 + missing 0 + rejected 0
! wagestat: figures read 2 = used 2 + filtered 0 + missing 0 + rejected 0
! wagestat: SOC 2010 codes written as their 2018 codes: 1
! wagestat: occupation codes not in the dictionary: 1 (kept as written)

== claims written by summarize read back as claims
$ printf 'role,salary\nMA,30000\nMA,50000\n' | wagestat summarize -q -g role -s count,median -f claims - | wagestat import table -q - | cut -d, -f2,3,7-11
> source_kind,role,stat,value,unit,qualifier,n
> computed,MA,count,2,,exact,2
> computed,MA,median,40000,,exact,2

# --- the real BLS files (skipped when ../shared/data/real is absent) --------

== BLS published medians, medical assistants and clinical laboratory technologists, 2017-2024
%skip-unless ../../shared/data/real/oews/national_M2017_dl.csv
%skip-unless /usr/bin/xlsx2csv
$ R=../../shared/data/real/oews; for f in $R/national_M2017_dl.csv $R/national_M2018_dl.xlsx $R/national_M2019_dl.xlsx $R/national_M2020_dl.xlsx $R/national_M2021_dl.csv $R/national_M2022_dl.csv $R/national_M2023_dl.csv $R/national_M2024_dl.xlsx; do wagestat import oews -q --soc 31-9092,29-2010 "$f" | awk -F, '$7 == "median" { printf "%s %s %s %s\n", $6, $4, $9, $8 }'; done
> 2017-05 29-2010 hourly 24.89
> 2017-05 29-2010 annual 51770
> 2017-05 31-9092 hourly 15.61
> 2017-05 31-9092 annual 32480
> 2018-05 29-2010 hourly 25.16
> 2018-05 29-2010 annual 52330
> 2018-05 31-9092 hourly 16.16
> 2018-05 31-9092 annual 33610
> 2019-05 29-2010 hourly 25.54
> 2019-05 29-2010 annual 53120
> 2019-05 31-9092 hourly 16.73
> 2019-05 31-9092 annual 34800
> 2020-05 29-2010 hourly 26.05
> 2020-05 29-2010 annual 54180
> 2020-05 31-9092 hourly 17.23
> 2020-05 31-9092 annual 35850
> 2021-05 29-2010 hourly 27.79
> 2021-05 29-2010 annual 57800
> 2021-05 31-9092 hourly 17.88
> 2021-05 31-9092 annual 37190
> 2022-05 29-2010 hourly 27.59
> 2022-05 29-2010 annual 57380
> 2022-05 31-9092 hourly 18.4
> 2022-05 31-9092 annual 38270
> 2023-05 29-2010 hourly 29.22
> 2023-05 29-2010 annual 60780
> 2023-05 31-9092 hourly 20.19
> 2023-05 31-9092 annual 42000
> 2024-05 29-2010 hourly 29.75
> 2024-05 29-2010 annual 61890
> 2024-05 31-9092 hourly 21.25
> 2024-05 31-9092 annual 44200

== every row and figure of the 2023 state subset is accounted for
# Python's csv module on the same file: 37676 rows, 508 with both means '*',
# 3741 '*' cells and 146 '#' cells (SOURCES.md counts the same 3741 and 146).
%skip-unless ../../shared/data/real/oews/state_M2023_dl_subset_semicolon.csv
$ wagestat import oews ../../shared/data/real/oews/state_M2023_dl_subset_semicolon.csv >/dev/null; wagestat import oews -q ../../shared/data/real/oews/state_M2023_dl_subset_semicolon.csv | grep -c top_coded
> 146
! wagestat: rows read 37676 = used 37168 + filtered 0 + missing 508 + rejected 0
! wagestat: figures read 75352 = used 71611 + filtered 0 + missing 3741 + rejected 0
! wagestat:   missing 3741: wage not available (BLS *)

== HOURLY=TRUE and ANNUAL=TRUE rows: the unpublished unit is missing for that reason
# Musicians (hourly only) give an hourly median; teachers (annual only) an
# annual one; a row with '*' in both and no flag is plain 'not available'.
$ printf 'OCC_CODE,OCC_TITLE,H_MEDIAN,A_MEDIAN,ANNUAL,HOURLY\n27-2042,Musicians and Singers,39.14,*,,TRUE\n25-2021,Elementary School Teachers,*,"63,680",TRUE,\n29-1011,Chiropractors,*,*,,\n' | wagestat import oews --period 2023-05 - | cut -d, -f4,7-9
> soc_code,stat,value,unit
> 27-2042,median,39.14,hourly
> 25-2021,median,63680,annual
! wagestat: rows read 3 = used 2 + filtered 0 + missing 1 + rejected 0
! wagestat: figures read 6 = used 2 + filtered 0 + missing 4 + rejected 0
! wagestat:   missing 1: annual wage not published: hourly only (BLS HOURLY=TRUE)
! wagestat:   missing 1: hourly wage not published: annual only (BLS ANNUAL=TRUE)
! wagestat:   missing 2: wage not available (BLS *)

== claims with unknown words are rejected with their position
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nS,survey,CMA,,US,2020,medain,100,annual,exact,,,,\nS,surve,CMA,,US,2020,median,100,annual,exact,,,,\nS,survey,CMA,,US,2020,median,100,annual,roughly,,,,\nS,survey,CMA,,US,2020,median,100,fortnightly,exact,,,,\nS,survey,CMA,,US,2020,p50,100,annual,about,,,,\n' | wagestat import table - | cut -d, -f3,4,7-10
> role,soc_code,stat,value,unit,qualifier
> CMA,31-9092,median,100,annual,about
! wagestat: <stdin>:2:7: unknown statistic: 'medain'
! wagestat: <stdin>:3:2: unknown source kind: 'surve'
! wagestat: <stdin>:4:10: unknown qualifier: 'roughly'
! wagestat: <stdin>:5:9: unknown unit: 'fortnightly'
! wagestat: rows read 5 = used 1 + filtered 0 + missing 0 + rejected 4
! wagestat:   rejected 1: unknown statistic
! wagestat:   rejected 1: unknown source kind
! wagestat:   rejected 1: unknown qualifier
! wagestat:   rejected 1: unknown unit
! wagestat: figures read 1 = used 1 + filtered 0 + missing 0 + rejected 0
! wagestat: SOC codes found from role names: 1

== JSON is the second form, with text escaped
$ printf 'role,median\nCMA,"40,000"\n' | wagestat import table -q -f json --source 'A "quoted" source' -
> [
>  {"source": "A \"quoted\" source", "source_kind": "survey", "role": "CMA", "soc_code": "31-9092", "area": "", "period": "", "stat": "median", "value": 40000, "unit": "annual", "qualifier": "exact", "n": null, "se": null, "where": "<stdin>:2:2", "quote": "", "scope": "", "level": ""}
> ]

== workbooks: a missing file, no xlsx2csv, a file that is not a workbook
$ : > "$TMPDIR/national_M2023_dl.xlsx"; cd "$TMPDIR"; wagestat import oews -q nothere_M2023_dl.xlsx > /dev/null; echo "exit $?"; PATH="$WAGESTAT_DIR" wagestat import oews -q national_M2023_dl.xlsx > /dev/null; echo "exit $?"; if command -v xlsx2csv > /dev/null; then wagestat import oews -q national_M2023_dl.xlsx > /dev/null; echo "exit $?"; else echo "wagestat: national_M2023_dl.xlsx: not a workbook xlsx2csv can read" >&2; echo "exit 1"; fi
> exit 2
> exit 2
> exit 1
! wagestat: nothere_M2023_dl.xlsx: No such file or directory
! wagestat: national_M2023_dl.xlsx: reading .xlsx needs xlsx2csv (Debian package xlsx2csv), which is not installed
! wagestat: national_M2023_dl.xlsx: not a workbook xlsx2csv can read

== the shipped healthcare claims hold the BLS's published figures
# BLS OEWS national medians for medical assistants (31-9092): May 2017
# $32,480 a year and $15.61 an hour; May 2024 $44,200.  Clinical laboratory
# technologists and technicians (29-2010), May 2023: $60,780.  BLS May 2023
# state mean for medical assistants in New York: $47,350.
$ awk -F, '$15 == "" && ($4 == "31-9092" && $5 == "US" && $7 == "median" && ($6 == "2017-05" || $6 == "2024-05") || $4 == "29-2010" && $5 == "US" && $6 == "2023-05" && $7 == "median" && $9 == "annual" || $4 == "31-9092" && $5 == "NY" && $1 ~ /^BLS/ && $7 == "mean" && $9 == "annual") { print $1 "," $4 "," $5 "," $6 "," $7 "," $8 "," $9 }' ../datasets/oews_healthcare.csv
> BLS OEWS May 2017,31-9092,US,2017-05,median,15.61,hourly
> BLS OEWS May 2017,31-9092,US,2017-05,median,32480,annual
> BLS OEWS May 2023,29-2010,US,2023-05,median,60780,annual
> BLS OEWS May 2024,31-9092,US,2024-05,median,21.25,hourly
> BLS OEWS May 2024,31-9092,US,2024-05,median,44200,annual
> BLS OEWS May 2023,31-9092,NY,2023-05,mean,47350,annual

# A pay plan's header read as an article's table header is: "Grid min" and
# "Grid max" are the ends of a pay range (as extract reads them), "Average"
# a mean, and "Minimum wage" names no statistic of the role's pay.
== import table: min and max columns are a pay range's ends, as in articles
$ printf 'Job title,Grid min,Grid max,Median,Average,Minimum wage\nMedical assistant,"$34,000","$45,000","$39,500","$40,100",$15.00\n' | wagestat import table -q --period 2024 --area OH --source 'County pay plan' - | cut -d, -f7,8
> stat,value
> range_low,34000
> range_high,45000
> median,39500
> mean,40100

# A workbook whose name begins with '-' is a file to xlsx2csv, not an
# option of its own ("--" before it).  mini_M2023_dl.xlsx is made by
# data/make-mini-xlsx.py: the medical assistant medians of May 2023.
== import oews: a workbook named like an option is read as a file
%skip-unless /usr/bin/xlsx2csv
$ cp data/mini_M2023_dl.xlsx "$TMPDIR/-x_M2023_dl.xlsx"; cd "$TMPDIR" && wagestat import oews -q -- -x_M2023_dl.xlsx | cut -d, -f4,7-9
> soc_code,stat,value,unit
> 31-9092,count,740000,
> 31-9092,median,20.19,hourly
> 31-9092,median,42000,annual

# A claims row with no value is a missing figure, and is read: the figures
# add up (they once read 1 = used 1 + missing 1).
== claims with a blank value: every figure accounted for
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nS,survey,CMA,31-9092,US,2020,median,,annual,exact,,,,\nS,survey,CMA,31-9092,US,2020,median,100,annual,exact,,,,\n' | wagestat import table - | cut -d, -f7,8
> stat,value
> median,100
! wagestat: rows read 2 = used 1 + filtered 0 + missing 1 + rejected 0
! wagestat: figures read 2 = used 1 + filtered 0 + missing 1 + rejected 0
! wagestat:   missing 1: no value

# State agency tables name no unit: "Average wage" 25.50 and "25th
# Percentile" 20.10 are under 200, so hourly; "Mean Wage" 77,445 is annual
# (the Washington ESD and NY DOL layouts).  With no year column or name,
# the figures keep a blank period and the note says --period; the count
# column is no pay and takes no unit.
== import table: a figure's size gives the unit its column does not; blank periods are said
$ printf 'Area name,SOC code,Occupational title,Employment,Average wage,25th Percentile,Mean Wage\nWashington,31-9092,Medical Assistants,19500,25.50,20.10,77445\n' | wagestat import table --source S - | cut -d, -f6-9
> period,stat,value,unit
> ,count,19500,
> ,mean,25.5,hourly
> ,p25,20.1,hourly
> ,mean,77445,annual
! wagestat: <stdin>: 3 figures whose column names no unit read by their size: under 200 hourly, else annual (give -u to say otherwise)
! wagestat: <stdin>: 4 figures left with no period: neither a column nor the file's name gives one (give --period)
! wagestat: rows read 1 = used 1 + filtered 0 + missing 0 + rejected 0
! wagestat: figures read 4 = used 4 + filtered 0 + missing 0 + rejected 0
