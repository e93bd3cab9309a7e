# wagestat convert: claims in one unit and one year's dollars.  Expected
# values worked by hand from the CPI-U annual averages (BLS series
# CUUR0000SA0: 2016 240.007, 2017 245.120, 2024 313.689) and the BLS unit
# rule (annual = hourly x 2080 = monthly x 12 = weekly x 52), written to
# the cent:
#   32480 x 313.689 / 245.120           = 41565.8401 -> 41565.84
#   15.17 x 2080 x 313.689 / 240.007    = 41240.5356 -> 41240.54
#   3000 x 12                           = 36000
#   41600 / 2080                        = 20

== a 2017 and a 2016 figure in 2024 dollars, as annual pay
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nBLS,official,Medical Assistants,31-9092,US,2017-05,median,32480,annual,exact,,,,\nBLS,official,Medical Assistants,31-9092,US,2016,median,15.17,hourly,exact,,,,\n' | wagestat convert -q --to-year 2024 -u annual - | awk -F, 'NR > 1 { print $6, $8, $9 }'
> 2017-05 41565.84 annual
> 2016 41240.54 annual

== the original is kept in the quote, and the position in where
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nBLS,official,Medical Assistants,31-9092,US,2016,median,15.17,hourly,exact,,,,\n' | wagestat convert -q --to-year 2024 -u annual - | sed -n 2p | cut -d, -f13-
> <stdin>:2:8,"[was 15.17 hourly in 2016 dollars, CPI-U 313.689/240.007]",,

== units only: no CPI needed, counts untouched
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nS,survey,MA,,US,2020,mean,3000,monthly,exact,,,,\nS,survey,MA,,US,2020,mean,41600,annual,exact,,,,\nS,survey,MA,,US,2020,count,250,,exact,,,,\n' | wagestat convert -q -u annual - | cut -d, -f7-9; printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nS,survey,MA,,US,2020,mean,41600,annual,exact,,,,\n' | wagestat convert -q -u hourly - | cut -d, -f7-9
> stat,value,unit
> mean,36000,annual
> mean,41600,annual
> count,250,
> stat,value,unit
> mean,20,hourly

== weekly, monthly and hourly pay restated by the BLS rule, and back
# 900 x 52 = 46,800; 3,500 x 12 = 42,000; 20.50 x 2080 = 42,640; and
# 46,800 a year / 52 = 900 a week.
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nS,survey,MA,,US,2020,mean,900,weekly,exact,,,,\nS,survey,MA,,US,2020,mean,3500,monthly,exact,,,,\nS,survey,MA,,US,2020,mean,20.5,hourly,exact,,,,\n' | wagestat convert -q -u annual - | cut -d, -f8,9
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nS,survey,MA,,US,2020,mean,46800,annual,exact,,,,\n' | wagestat convert -q -u weekly - | cut -d, -f8,9
> value,unit
> 46800,annual
> 42000,annual
> 42640,annual
> value,unit
> 900,weekly

== a claim whose year has no CPI-U figure is rejected, not passed on
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nX,article,MA,,US,1900,median,100,annual,exact,,,,\nX,article,MA,,US,,median,100,annual,exact,,,,\n' | wagestat convert --strict --to-year 2024 - > "$TMPDIR/out"; echo "exit $?"; cut -d, -f6-8 "$TMPDIR/out"
> exit 1
> period,stat,value
! wagestat: <stdin>:2:8: no CPI-U for the claim's year: 1900
! wagestat: <stdin>:3:8: no year in the claim's period
! wagestat: roles not in the dictionary: 2 (kept without a SOC code)
! wagestat: rows read 2 = used 2 + filtered 0 + missing 0 + rejected 0
! wagestat: figures read 2 = used 0 + filtered 0 + missing 0 + rejected 2
! wagestat:   rejected 1: no CPI-U for the claim's year
! wagestat:   rejected 1: no year in the claim's period

== a year beyond the table is a usage error
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\n' | wagestat convert --to-year 2099 -
! wagestat: --to-year: a year from 1913 to 2024 (the CPI-U table), not '2099' (see 'wagestat help convert')
? 2

# A wide table with no source column: its claims are credited to the file
# (this once read a NULL source).  19 x 313.689 / 304.702 = 19.5604 and
# 39,520 x 313.689 / 304.702 = 40,685.6 (CPI-U 2024 over 2023).
== a wide table with no source column is named after its file
$ cd data && wagestat convert -q --to-year 2024 state_M2023_subset.csv > "$TMPDIR/out"
$ cut -d, -f1,3-7,9 "$TMPDIR/out"
$ cut -d, -f8 "$TMPDIR/out" | sed 1d | awk '{ printf "%.1f\n", $1 }'
> source,role,soc_code,area,period,stat,unit
> state_M2023_subset.csv,Medical Assistants,31-9092,OH,2023-05,mean,hourly
> state_M2023_subset.csv,Medical Assistants,31-9092,OH,2023-05,mean,annual
> 19.6
> 40685.6

# convert names roles and areas as check and reconcile do: "med tech" is
# 29-2010 (datasets/roles.csv), Ohio is OH; an unknown role is kept and
# counted.  50,000 x 313.689 / 240.007 = 65,349.97 (CPI-U 2024 / 2016).
== convert resolves roles and areas through the one resolver
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nX,article,med tech,,US,2016,median,50000,annual,exact,,,,\nX,article,astronaut,,Ohio,2016,median,50000,annual,exact,,,,\n' | wagestat convert --to-year 2024 - | cut -d, -f3-5,8 | awk -F, 'NR == 1 { print; next } { printf "%s,%s,%s,%.2f\n", $1, $2, $3, $4 }'
> role,soc_code,area,value
> med tech,29-2010,US,65349.97
> astronaut,,OH,65349.97
! wagestat: SOC codes found from role names: 1
! wagestat: roles not in the dictionary: 1 (kept without a SOC code)
! wagestat: rows read 2 = used 2 + filtered 0 + missing 0 + rejected 0
! wagestat: figures read 2 = used 2 + filtered 0 + missing 0 + rejected 0
