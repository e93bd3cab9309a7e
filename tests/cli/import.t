# wagestat import: BLS OEWS layouts and wide tables as claims.  Expected
# claims are worked by hand from the small files in tests/data (se = value x
# PRSE / 100; the 2022 top-code is $239,200 a year or $115.00 an hour), and
# for the real files checked against the BLS's published medians (the
# Occupational Outlook Handbook's "median pay" for each May release).

== a national file of the old layout: footnotes, top-codes, broad/detailed pairs
$ wagestat import oews data/national_M2022_dl.csv
> source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote
> BLS OEWS May 2022,official,Clinical Laboratory Technologists and Technicians,29-2010,US,2022-05,count,100000,,exact,,1500,data/national_M2022_dl.csv:2:4,
> BLS OEWS May 2022,official,Clinical Laboratory Technologists and Technicians,29-2010,US,2022-05,mean,30,hourly,exact,,0.15,data/national_M2022_dl.csv:2:6,
> BLS OEWS May 2022,official,Clinical Laboratory Technologists and Technicians,29-2010,US,2022-05,mean,62400,annual,exact,,312,data/national_M2022_dl.csv:2:7,
> BLS OEWS May 2022,official,Clinical Laboratory Technologists and Technicians,29-2010,US,2022-05,median,29,hourly,exact,,,data/national_M2022_dl.csv:2:9,
> BLS OEWS May 2022,official,Clinical Laboratory Technologists and Technicians,29-2010,US,2022-05,median,60320,annual,exact,,,data/national_M2022_dl.csv:2:10,
> BLS OEWS May 2022,official,Clinical Laboratory Technologists and Technicians,29-2010,US,2022-05,p90,239200,annual,top_coded,,,data/national_M2022_dl.csv:2:11,
> BLS OEWS May 2022,official,Chief Executives,11-1011,US,2022-05,count,200000,,exact,,1600,data/national_M2022_dl.csv:5:4,
> BLS OEWS May 2022,official,Chief Executives,11-1011,US,2022-05,mean,115,hourly,top_coded,,,data/national_M2022_dl.csv:5:6,
> BLS OEWS May 2022,official,Chief Executives,11-1011,US,2022-05,mean,239200,annual,top_coded,,,data/national_M2022_dl.csv:5:7,
> BLS OEWS May 2022,official,Chief Executives,11-1011,US,2022-05,median,115,hourly,top_coded,,,data/national_M2022_dl.csv:5:9,
> BLS OEWS May 2022,official,Chief Executives,11-1011,US,2022-05,median,239200,annual,top_coded,,,data/national_M2022_dl.csv:5:10,
> BLS OEWS May 2022,official,Chief Executives,11-1011,US,2022-05,p90,239200,annual,top_coded,,,data/national_M2022_dl.csv:5:11,
! wagestat: rows read 4 = used 2 + filtered 1 + missing 1 + rejected 0
! wagestat: figures read 18 = used 12 + filtered 0 + missing 6 + rejected 0
! wagestat:   missing 1: employment not available (BLS **)
! wagestat:   missing 5: wage not available (BLS *)

== a semicolon subset with a byte-order mark and CRLF, means only
$ wagestat import oews data/state_M2023_subset.csv
> source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote
> BLS OEWS May 2023,official,Medical Assistants,31-9092,OH,2023-05,mean,19,hourly,exact,,,data/state_M2023_subset.csv:2:4,
> BLS OEWS May 2023,official,Medical Assistants,31-9092,OH,2023-05,mean,39520,annual,exact,,,data/state_M2023_subset.csv:2:5,
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
> source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote
! wagestat: <stdin>: neither claims (stat and value columns) nor a table of figures (columns such as median, mean, 10th percentile)
? 2

== an OEWS file without its code column is refused
$ printf 'OCC_TITLE,A_MEDIAN\nMedical Assistants,"40,000"\n' | wagestat import oews --period 2023-05 - > /dev/null
! wagestat: <stdin>: no occupation code column (OCC_CODE)
? 2

== every wage a footnote: nothing lost, all counted
$ printf 'OCC_CODE,H_MEAN,A_MEAN,A_MEDIAN\n31-9092,*,*,*\n31-9097,*,*,*\n' | wagestat import oews --period 2023-05 -
> source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote
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
