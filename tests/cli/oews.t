# OEWS occupation levels, industry and metro scopes.  The files in
# data/oews are rows of the real BLS and WA ESD files, copied as written by
# scripts/make-oews-excerpts.py (which also prints the employment sums
# below, worked from the whole real files without wagestat).

== a broad row and its detailed twin: one kept, as detailed, in either order
# national_M2023_dl.csv lists 29-2010 broad (line 7) then detailed (line 8);
# national_M2017_dl.csv detailed (line 5) then broad (line 6); same figures:
# H_MEDIAN 29.22, A_MEDIAN 60,780 (2023), 24.89, 51,770 (2017).  Rows read
# 9 + 7: used 2, filtered 7 + 5 of other codes and the 2 twins.
$ cd data/oews && wagestat import oews --soc 29-2010 national_M2023_dl.csv national_M2017_dl.csv 2>"$TMPDIR/err" | awk -F, '$7 == "median"' | cut -d, -f4,6-9,13,16; grep rows "$TMPDIR/err"
> 29-2010,2023-05,median,29.22,hourly,national_M2023_dl.csv:7:23,detailed
> 29-2010,2023-05,median,60780,annual,national_M2023_dl.csv:7:28,detailed
> 29-2010,2017-05,median,24.89,hourly,national_M2017_dl.csv:5:11,detailed
> 29-2010,2017-05,median,51770,annual,national_M2017_dl.csv:5:16,detailed
> wagestat: rows read 16 = used 2 + filtered 14 + missing 0 + rejected 0

== plot roles: each detailed occupation once, no group rows; --level for groups
%skip-unless /usr/bin/gnuplot
# detailed in the 2023 excerpt, by A_MEDIAN: Medical Assistants 42,000, LPNs
# 59,730, Clinical Lab 60,780 (broad and detailed: once), Family Medicine
# Physicians 224,640; the groups are 00-0000 (total), 29-0000 (major),
# 29-1000 (minor) and 29-1210 Physicians (broad)
$ cd data/oews && wagestat plot roles -q -o "$TMPDIR/d.svg" --script "$TMPDIR/d" national_M2023_dl.csv && cut -f4,10 "$TMPDIR/d/plot.dat"
$ wagestat plot roles -q --level major,total -o "$TMPDIR/g.svg" --script "$TMPDIR/g" national_M2023_dl.csv && cut -f4,10 "$TMPDIR/g/plot.dat"
$ wagestat plot roles -q --level all -o "$TMPDIR/a.svg" --script "$TMPDIR/a" national_M2023_dl.csv && wc -l < "$TMPDIR/a/plot.dat"
> 42000	Medical Assistants
> 59730	Licensed Practical and Licensed
> 60780	Clinical Laboratory Technologists
> 224640	Family Medicine Physicians
> 48060	All Occupations
> 80820	Healthcare Practitioners and
> 8
!-

== --level: an unknown level is a usage error
$ wagestat plot roles --level detailed,sector x.csv; echo "exit $?"
> exit 2
! wagestat: --level: detailed, broad, minor, major, total or all, comma-separated, not 'sector' (see 'wagestat help plot')

== reconcile: detailed occupations unless asked; a twin is one claim
# 29-2010's median, written hourly and annual: 2 claims, not 4
$ cd data/oews && wagestat reconcile -q --keys -f csv national_M2023_dl.csv | awk -F, '$5 == "median" && $6 == "annual" { print $1 }'; wagestat reconcile -q -f csv national_M2023_dl.csv | awk -F, '$4 == "29-2010" && $7 == "median"' | wc -l; wagestat reconcile -q --level all --keys -f csv national_M2023_dl.csv | awk -F, '$5 == "median" && $6 == "annual" { print $1 }'
> 29-1215
> 29-2010
> 29-2061
> 31-9092
> 2
> 00-0000
> 29-0000
> 29-1000
> 29-1210
> 29-1215
> 29-2010
> 29-2061
> 31-9092

== check: a claim naming a group is judged against the group; only --level makes a group's figure another occupation's
# 29-1210 Physicians A_MEAN 263,840; 29-0000's A_MEAN 102,060 given as the
# LPNs' mean (theirs is 60,790): 67.9% above, and with --level all exactly
# the major group's figure
$ cd data/oews && wagestat import oews -q national_M2023_dl.csv > "$TMPDIR/ref.csv"; printf 'source,role,area,period,stat,value,unit\nBLS,physicians,US,2023,mean,263840,annual\nBLS,licensed practical nurses,US,2023,mean,102060,annual\n' > "$TMPDIR/c.csv"; wagestat check -q --claims --ref "$TMPDIR/ref.csv" -f csv "$TMPDIR/c.csv" | cut -d, -f4,17,18,20-; wagestat check -q --claims --level all --ref "$TMPDIR/ref.csv" -f csv "$TMPDIR/c.csv" | cut -d, -f4,20-
> soc_code,ref_value,ref_source,verdict,reason
> 29-1210,263840,BLS OEWS May 2023,ok,"BLS OEWS May 2023's mean is 263,840"
> 29-2061,60790,BLS OEWS May 2023,disagrees_with_ref,"67.9% above BLS OEWS May 2023's mean 60,790 (tolerance 1%)"
> soc_code,verdict,reason
> 29-1210,ok,"BLS OEWS May 2023's mean is 263,840"
> 29-2061,disagrees_with_ref mislabeled,"67.9% above BLS OEWS May 2023's mean 60,790 (tolerance 1%); 102,060 is exactly the BLS OEWS May 2023 mean of Healthcare Practitioners and Technical Occupations (29-0000)"

== import oews: the sector files' employment, summed over sectors, is the national file's within 0.5%
# from the whole real files (scripts/make-oews-excerpts.py): sectors
# 631,900 / 630,100 / 632,220 against 632,020 / 630,250 / 632,430 for
# 29-2061, 751,870 / 762,980 / 793,400 against 752,460 / 763,040 / 793,460
# for 31-9092 (2022 / 2023 / 2024)
$ cd data/oews && wagestat import oews -q natsector_M2022_dl.csv natsector_M2023_dl.csv natsector_M2024_dl.csv national_M2022_dl.csv national_M2023_dl.csv national_M2024_dl.csv | awk -F, '$7 == "count" && ($4 == "29-2061" || $4 == "31-9092") { k = $4 " " substr($6, 1, 4); if ($15 ~ /^industry:/) s[k] += $8; else if ($15 == "") n[k] = $8 } END { for (k in s) { d = 100 * (s[k] - n[k]) / n[k]; printf "%s %d %d %.2f%% %s\n", k, s[k], n[k], d, (d < 0 ? -d : d) <= 0.5 ? "within 0.5%" : "OFF" } }' | sort
> 29-2061 2022 631900 632020 -0.02% within 0.5%
> 29-2061 2023 630100 630250 -0.02% within 0.5%
> 29-2061 2024 632220 632430 -0.03% within 0.5%
> 31-9092 2022 751870 752460 -0.08% within 0.5%
> 31-9092 2023 762980 763040 -0.01% within 0.5%
> 31-9092 2024 793400 793460 -0.01% within 0.5%

== import oews: a sector's claims are scoped industry:NAICS in six digits, at the sector's own ownership
# natsector_M2023_dl.csv, 31-9092: NAICS 31 (31-33) ... 99, each at its
# sector's OWN_CODE (5, 235 for 61, 58 for 62, 123 for 99): no ownership part
$ cd data/oews && wagestat import oews -q natsector_M2023_dl.csv | awk -F, '$4 == "31-9092" && $7 == "count" { print $8, $15 }'
> 210 industry:310000
> 60 industry:420000
> 1280 industry:440000
> 430 industry:520000
> 80 industry:530000
> 5710 industry:540000
> 4240 industry:550000
> 19850 industry:560000
> 9150 industry:610000
> 715860 industry:620000
> 500 industry:810000
> 5610 industry:990000

== import oews: another ownership is a scope part; a 3-/4-digit twin is filtered; metro rows are their state's
# written by hand in the 32-column layout: 622000 at OWN_CODE 58 (the
# sector's) and 5 (private only), its 4-digit twin, 999200 at 2, a range
# written 31-33, a metro (AREA_TYPE 4) and a nonmetropolitan area (6)
$ printf 'AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,NAICS_TITLE,I_GROUP,OWN_CODE,OCC_CODE,OCC_TITLE,O_GROUP,A_MEDIAN\n99,U.S.,1,US,622000,Hospitals,3-digit,58,29-1141,Registered Nurses,detailed,90000\n99,U.S.,1,US,622000,Hospitals,3-digit,5,29-1141,Registered Nurses,detailed,88000\n99,U.S.,1,US,622000,Hospitals,4-digit,5,29-1141,Registered Nurses,detailed,88000\n99,U.S.,1,US,999200,State Government,4-digit,2,29-1141,Registered Nurses,detailed,80000\n99,U.S.,1,US,31-33,Manufacturing,sector,5,29-1141,Registered Nurses,detailed,85000\n42660,"Seattle-Tacoma-Bellevue, WA",4,WA,000000,Cross-industry,cross-industry,1235,29-1141,Registered Nurses,detailed,110000\n5300006,Western Washington nonmetropolitan area,6,WA,000000,Cross-industry,cross-industry,1235,29-1141,Registered Nurses,detailed,95000\n' > "$TMPDIR/ind_M2023_dl.csv"; wagestat import oews "$TMPDIR/ind_M2023_dl.csv" 2>&1 >/dev/null | grep rows; wagestat import oews -q "$TMPDIR/ind_M2023_dl.csv" | cut -d, -f5,8,15
> wagestat: rows read 7 = used 6 + filtered 1 + missing 0 + rejected 0
> area,value,scope
> US,90000,industry:622000
> US,88000,industry:622000;ownership:5
> US,80000,industry:999200
> US,85000,industry:310000
> WA,110000,metro:42660
> WA,95000,metro:5300006

== import table: the Washington ESD table's metro and nonmetro rows are metro-scoped, the statewide row WA's
# wa_esd_2022.csv, 31-9092: "Area code" 000053 is the state (FIPS 53);
# 013380 ... 049420 are CBSAs, their state the first after the title's
# comma (Lewiston, ID-WA: ID; Portland-Vancouver-Hillsboro, OR-WA: OR);
# 530006 and 530007 are WA's nonmetropolitan areas; "Annual wage" as written
$ cd data/oews && wagestat import table -q --kind official --source "WA ESD OEWS 2022" --period 2022 -u hourly --map "Annual wage=mean:annual" wa_esd_2022.csv | awk -F, '$7 == "mean" && $9 == "annual" { print $5, $8, $15 }'
> WA 47320 
> WA 42240 metro:13380
> WA 44090 metro:14740
> WA 42310 metro:28420
> ID 37510 metro:30300
> WA 43320 metro:31020
> WA 44620 metro:34580
> WA 45650 metro:36500
> OR 46620 metro:38900
> WA 50820 metro:42660
> WA 41760 metro:44060
> WA 39620 metro:47460
> WA 39730 metro:48300
> WA 39400 metro:49420
> WA 43070 metro:530006
> WA 41770 metro:530007

== check: an industry-scoped claim is judged against the sector reference of its scope only
# the shipped reference holds natsector_M2023_dl's 31-9092 row for NAICS 62,
# "Health Care and Social Assistance": A_MEDIAN 41,600 (the national one is
# 42,000); no 622100 (hospitals) or 621000 figure: those are unverifiable,
# not judged against the sector; 45,000 is 8.2% above 41,600, beyond the 1%
# of a figure cited to the BLS with its year; the WA ESD Seattle metro
# (CBSA 42660) mean is 50,820
$ printf 'source,role,area,period,stat,value,unit,scope\nBLS,medical assistants,US,2023,median,41600,annual,industry:620000\nBLS,medical assistants,US,2023,median,45000,annual,industry:620000\nBLS,medical assistants,US,2023,median,41600,annual,industry:622100\nBLS,medical assistants,US,2023,median,41600,annual,industry:621000\nBLS,medical assistants,US,2023,median,42000,annual,\nWA ESD,medical assistants,WA,2022,mean,50820,annual,metro:42660\n' > "$TMPDIR/scoped.csv"; wagestat check -q --claims -f csv "$TMPDIR/scoped.csv" | cut -d, -f4,8,15,17,18,20-
> soc_code,value,scope,ref_value,ref_source,verdict,reason
> 31-9092,41600,industry:620000,41600,BLS OEWS May 2023,ok,"BLS OEWS May 2023's median is 41,600"
> 31-9092,45000,industry:620000,41600,BLS OEWS May 2023,disagrees_with_ref,"8.2% above BLS OEWS May 2023's median 41,600 (tolerance 1%)"
> 31-9092,41600,industry:622100,,,unverifiable,no reference figure for industry:622100 (median annual of 31-9092 in US)
> 31-9092,41600,industry:621000,,,unverifiable,no reference figure for industry:621000 (median annual of 31-9092 in US)
> 31-9092,42000,,42000,BLS OEWS May 2023,ok,"BLS OEWS May 2023's median is 42,000"
> 31-9092,50820,metro:42660,50820,WA ESD OEWS 2022,ok,"WA ESD OEWS 2022's mean is 50,820"
