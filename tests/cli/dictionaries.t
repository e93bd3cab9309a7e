# The compiled-in dictionaries (datasets/roles.csv, areas.csv, cpi_u.csv),
# seen through what the importer makes of names.  Expected codes are the
# BLS SOC 2018 codes for each occupation (the OEWS national files list
# them: 29-2010 Clinical Laboratory Technologists and Technicians, 31-9092
# Medical Assistants, 31-9097 Phlebotomists, 29-2034 Radiologic
# Technologists and Technicians, 29-2055 Surgical Technologists, 29-2052
# Pharmacy Technicians, 31-1131 Nursing Assistants, 29-2031 Cardiovascular
# Technologists and Technicians) and the USPS codes of the areas.

== the names people write for health occupations, plural and case folded
$ printf 'role,median\nmed tech,1\nMedical Technologist,1\nMLT,1\nMLS,1\nlab techs,1\nCMA,1\nmedical assistants,1\nMEDICAL ASSISTANT,1\nphlebotomists,1\nrad tech,1\nX-ray tech,1\nscrub techs,1\npharmacy tech,1\npatient care technician,1\nPCT,1\nEKG tech,1\nCNAs,1\nClinical Laboratory Technologists and Technicians,1\n' | wagestat import table -q --source S - | cut -d, -f3,4
> role,soc_code
> med tech,29-2010
> Medical Technologist,29-2010
> MLT,29-2010
> MLS,29-2010
> lab techs,29-2010
> CMA,31-9092
> medical assistants,31-9092
> MEDICAL ASSISTANT,31-9092
> phlebotomists,31-9097
> rad tech,29-2034
> X-ray tech,29-2034
> scrub techs,29-2055
> pharmacy tech,29-2052
> patient care technician,31-1131
> PCT,31-1131
> EKG tech,29-2031
> CNAs,31-1131
> Clinical Laboratory Technologists and Technicians,29-2010

== areas by name, abbreviation, USPS code and FIPS code
$ printf 'area,median\nCalifornia,1\ncalif.,1\nCA,1\n06,1\nDistrict of Columbia,1\nD.C.,1\nPuerto Rico,1\nU.S.,1\nnationwide,1\nGuam,1\nN.Y.,1\nVirgin Islands,1\nwest virginia,1\n' | wagestat import table -q --source S - | cut -d, -f5
> area
> CA
> CA
> CA
> CA
> DC
> DC
> PR
> US
> US
> GU
> NY
> VI
> WV

== the dictionary sizes: the nation, 50 states, DC, 5 territories; CPI-U 1913 on
# Counts from the census list of states and territories; CPI-U starts in 1913.
$ awk -F, 'NR > 1 { n[$6]++ } END { print n["nation"], n["state"], n["district"], n["territory"] }' ../datasets/areas.csv; sed -n 2p ../datasets/cpi_u.csv | cut -d, -f1,2
> 1 50 1 5
> 1913,9.900

== every health occupation (29- and 31-) of the May 2024 national file is known
%skip-unless ../../shared/data/real/oews/converted/national_M2024_dl.from_xlsx.csv
$ wagestat import oews --soc 29-,31- --period 2024-05 ../../shared/data/real/oews/converted/national_M2024_dl.from_xlsx.csv 2>&1 >/dev/null | grep -c "not in the dictionary"
> 0
? 1

== dictionaries read at run time must be well formed
$ printf 'soc_code,title,aliases,soc_2010\n31-9092,Medical Assistants,CMA,\n31-9097,Phlebotomists,CMA,\n' > "$TMPDIR/roles.csv"; printf 'role,median\nCMA,1\n' | WAGESTAT_ROLES="$TMPDIR/roles.csv" wagestat import table -q - >/dev/null 2>"$TMPDIR/err"; echo "exit $?"; sed "s|$TMPDIR/||" "$TMPDIR/err"
> exit 2
> wagestat: roles.csv:3:1: a name or code of 31-9097 is given to another occupation too
> wagestat: roles.csv: cannot use this dictionary
