#!/usr/bin/env python3
"""Regenerate the dictionaries in datasets/ from the public files in
../shared/data/real (or the directory given):

    python3 scripts/make-dictionaries.py [REAL_DATA_DIR]

  datasets/roles.csv   soc_code,title,aliases,soc_2010
      Every occupation (detailed, broad, minor and major group) in the BLS
      OEWS national files for May 2023 and May 2024, which use SOC 2018 codes
      and titles, detailed occupations first: where a broad group has the
      title of its one detailed occupation, the title names the detailed one; the names people write for the health occupations (ALIASES
      below); the SOC 2010 codes of the May 2017 file that changed in 2018
      (SOC_2010 below), with their old titles as aliases.  The script stops
      if a 29- or 31- code of 2017 is neither mapped nor listed as split.
  datasets/areas.csv   code,name,fips,region,division,kind,aliases
      The nation, the 50 states, DC and the territories: USPS and FIPS
      codes, census region and division, and the abbreviations in use.
  datasets/cpi_u.csv   year,cpi_u,provenance
      CPI-U annual averages (series CUUR0000SA0, 1982-84 = 100).
  datasets/cities.csv  city,state,respondents
      US cities and the state they are in, as the respondents of the Ask a
      Manager 2021 salary survey wrote them: a city that at least
      CITY_MIN_RESPONDENTS named, nine in ten of them in one state, less the
      names that are also a state, a common word or first name, or a city
      abroad (CITY_STOP).  Articles name places by city ("a hospital in
      Phoenix"); extract gives such a figure its state.
  datasets/scopes.csv  kind,code,title,state,aliases
      The parts of an occupation a figure can be about (SCOPES below):
      industries by their OEWS NAICS code (six digits, as the OEWS
      industry files write them; a sector's two-digit code padded, 620000)
      with the names articles use ("physicians' offices", "nursing
      homes"); metropolitan areas by CBSA code, with the state of their
      principal city and the names people write ("the Bay Area", "Twin
      Cities"; a city that leads a CBSA's title is matched through the
      city dictionary, by name and state); levels of experience
      ("entry-level", "less than a year"); and the regions of the country
      articles name that are no state ("West Coast", "Midwest").

Standard library only.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "datasets")

# SOC 2010 code -> the SOC 2018 code (as OEWS publishes it) that holds it.
SOC_2010 = {
    "29-1061": "29-1211",  # Anesthesiologists
    "29-1062": "29-1215",  # Family and General Practitioners
    "29-1063": "29-1216",  # Internists, General
    "29-1064": "29-1218",  # Obstetricians and Gynecologists
    "29-1065": "29-1221",  # Pediatricians, General
    "29-1066": "29-1223",  # Psychiatrists
    "29-1067": "29-1240",  # Surgeons: now four detailed codes under 29-1240
    "29-1069": "29-1229",  # Physicians and Surgeons, All Other
    "29-1190": "29-1290",
    "29-1199": "29-1299",
    "29-2011": "29-2010",  # OEWS publishes lab technologists and
    "29-2012": "29-2010",  # technicians only together, as 29-2010
    "29-2021": "29-1292",  # Dental Hygienists moved to the practitioners
    "29-2071": "29-2072",  # Medical Records and Health Information Technicians
    "29-9010": "19-5010",  # Occupational Health and Safety moved to 19-
    "29-9011": "19-5011",
    "29-9012": "19-5012",
    "31-1000": "31-1100",
    "31-1013": "31-1133",  # Psychiatric Aides
    "31-1014": "31-1131",  # Nursing Assistants
    "31-1015": "31-1132",  # Orderlies
}
# SOC 2010 codes with no 2018 code of their own: split across several, or
# one part of a new code (a figure for a part is not one for the whole), or
# a broad group whose one detailed occupation is mapped, or a code whose
# 2018 code the 2017 file already has.
SPLIT_2010 = {
    "29-2020": "Dental Hygienists (broad): its detailed 29-2021 is mapped",
    "31-1011": "Home Health Aides: one part of 31-1120",
    "39-9021": "Personal Care Aides: one part of 31-1120",
    "29-2041": "EMTs and Paramedics: the 2017 file has its broad 29-2040 too",
    "29-2054": "Respiratory Therapy Technicians: one part of 29-1126",
    "29-1060": "Physicians and Surgeons: now 29-1210 and 29-1240",
    "31-1010": "Nursing, Psychiatric, and Home Health Aides: now 31-1120 and 31-1130",
}

# The names people write for the health occupations, by SOC 2018 code.
ALIASES = {
    "29-2010": "med tech|medical tech|medical technologist|medical technician|"
               "medical laboratory technologist|medical laboratory technician|"
               "medical lab tech|medical lab technician|lab tech|lab technician|"
               "laboratory technician|laboratory technologist|clinical lab tech|"
               "clinical laboratory technologist|clinical laboratory technician|"
               "clinical laboratory scientist|medical laboratory scientist|"
               "medical and clinical laboratory technologist|"
               "medical and clinical laboratory technician|MLT|MLS|CLS",
    "31-9092": "medical assistant|CMA|certified medical assistant|RMA|"
               "registered medical assistant|clinical medical assistant",
    "31-9097": "phlebotomist|phlebotomy tech|phlebotomy technician|"
               "certified phlebotomy technician",
    "29-2034": "rad tech|radiology tech|radiology technician|radiologic tech|"
               "radiologic technologist|radiographer|x-ray tech|x-ray technician|"
               "x-ray technologist|xray tech|CT tech|CT technologist|mammographer|"
               "mammography tech",
    "29-2055": "scrub tech|surgical tech|surgical technician|surgical technologist|"
               "operating room technician|OR tech",
    "29-2052": "pharmacy tech|pharmacy technician|CPhT|certified pharmacy technician",
    "31-1131": "CNA|certified nursing assistant|nursing assistant|nurse aide|"
               "nurse's aide|nursing aide|patient care technician|patient care tech|PCT|"
               "STNA|state tested nursing assistant",
    "29-2031": "EKG tech|EKG technician|ECG tech|ECG technician|cardiovascular tech|"
               "cardiovascular technician|cardiovascular technologist|"
               "cardiac tech|cardiac technician|cardiac sonographer|vascular technologist|"
               "vascular tech|cath lab tech",
    "29-1141": "RN|registered nurse|staff nurse|travel nurse|ICU nurse|ER nurse|"
               "charge nurse|bedside nurse|floor nurse|hospital nurse",
    "29-2061": "LPN|LVN|licensed practical nurse|licensed vocational nurse|practical nurse",
    "29-1171": "NP|nurse practitioner|APRN|family nurse practitioner|FNP",
    "29-1151": "CRNA|nurse anesthetist|certified registered nurse anesthetist",
    "29-1161": "nurse midwife|certified nurse midwife|CNM|midwife|midwives",
    "29-1071": "physician assistant|physician associate|PA-C",
    "29-2032": "sonographer|ultrasound tech|ultrasound technician|"
               "ultrasound technologist|diagnostic medical sonographer",
    "29-2035": "MRI tech|MRI technologist|MRI technician",
    "29-2033": "nuclear medicine tech|nuclear medicine technologist",
    "29-2042": "EMT|emergency medical technician",
    "29-2043": "paramedic",
    "29-2040": "EMTs and paramedics",
    "29-1292": "dental hygienist|hygienist|RDH",
    "31-9091": "dental assistant",
    "29-2056": "vet tech|veterinary technician|veterinary technologist",
    "31-9096": "veterinary assistant|vet assistant",
    "29-1123": "physical therapist|DPT",
    "31-2021": "physical therapist assistant|physical therapy assistant|PTA",
    "31-2022": "physical therapy aide|PT aide",
    "29-1122": "occupational therapist",
    "31-2011": "occupational therapy assistant|OTA|COTA",
    "29-1126": "respiratory therapist|RRT|respiratory therapy technician|respiratory tech",
    "29-1127": "speech therapist|speech-language pathologist|SLP",
    "29-1051": "pharmacist",
    "29-1031": "dietitian|dietician|nutritionist|registered dietitian",
    "29-2072": "medical records specialist|medical coder|medical billing and coding specialist|"
               "medical billing specialist|coding specialist|health information technician",
    "29-2057": "ophthalmic tech|ophthalmic technician|ophthalmic assistant",
    "29-2053": "psych tech|psychiatric technician",
    "31-1133": "psych aide|psychiatric aide|mental health aide",
    "31-1132": "orderly|patient transporter|patient transport aide",
    "31-1120": "home health aide|HHA|personal care aide|caregiver|PCA",
    "29-2081": "optician|dispensing optician",
    "31-9093": "medical equipment preparer|sterile processing technician|"
               "sterile processing tech|central sterile technician",
    "31-9094": "medical transcriptionist",
    "29-2051": "dietetic technician|dietetic tech",
    "29-9021": "health information technologist|medical registrar|tumor registrar",
    "29-1215": "family doctor|family physician|general practitioner|GP",
    "29-1211": "anesthesiologist",
    "29-1021": "general dentist",
    "29-1041": "optometrist",
    "29-1081": "podiatrist",
    "29-1011": "chiropractor",
    "29-1181": "audiologist",
    "29-9093": "surgical assistant|surgical first assistant",
    "29-2036": "medical dosimetrist|dosimetrist",
    "31-9011": "massage therapist|LMT",
    "29-1210": "physician|medical doctor",
    "29-2091": "orthotist|prosthetist",
    "29-2099": "dialysis tech|dialysis technician|endoscopy tech|endoscopy technician",
    "43-6013": "medical secretary|medical receptionist|unit secretary",
    # the other occupations articles compare health pay with
    "15-1252": "software developer|software engineer",
    "53-3032": "truck driver|trucker|tractor-trailer driver|semi driver|CDL driver|"
               "long-haul driver|OTR driver",
    "47-2152": "plumber|pipefitter|steamfitter",
    "47-2111": "electrician",
    "37-2012": "housekeeper|housekeeping aide|environmental services aide|EVS tech",
    "00-0000": "all workers|all jobs|all occupations combined|the typical worker",
}

# code, name, FIPS, census region, census division, kind, aliases
AREAS = [
    ("US", "United States", "00", "", "", "nation",
     "U.S.|USA|U.S.A.|United States of America|America|the US|the U.S.|"
     "national|nationally|nationwide|nation|national average|the nation|"
     "across the country|countrywide|this country|in the country"),
    ("AL", "Alabama", "01", "South", "East South Central", "state", "Ala."),
    ("AK", "Alaska", "02", "West", "Pacific", "state", ""),
    ("AZ", "Arizona", "04", "West", "Mountain", "state", "Ariz."),
    ("AR", "Arkansas", "05", "South", "West South Central", "state", "Ark."),
    ("CA", "California", "06", "West", "Pacific", "state", "Calif.|Cal."),
    ("CO", "Colorado", "08", "West", "Mountain", "state", "Colo."),
    ("CT", "Connecticut", "09", "Northeast", "New England", "state", "Conn."),
    ("DE", "Delaware", "10", "South", "South Atlantic", "state", "Del."),
    ("DC", "District of Columbia", "11", "South", "South Atlantic", "district",
     "D.C.|Washington, D.C.|Washington DC"),
    ("FL", "Florida", "12", "South", "South Atlantic", "state", "Fla."),
    ("GA", "Georgia", "13", "South", "South Atlantic", "state", "Ga."),
    ("HI", "Hawaii", "15", "West", "Pacific", "state", "Hawai'i"),
    ("ID", "Idaho", "16", "West", "Mountain", "state", ""),
    ("IL", "Illinois", "17", "Midwest", "East North Central", "state", "Ill."),
    ("IN", "Indiana", "18", "Midwest", "East North Central", "state", "Ind."),
    ("IA", "Iowa", "19", "Midwest", "West North Central", "state", ""),
    ("KS", "Kansas", "20", "Midwest", "West North Central", "state", "Kan.|Kans."),
    ("KY", "Kentucky", "21", "South", "East South Central", "state", "Ky."),
    ("LA", "Louisiana", "22", "South", "West South Central", "state", "La."),
    ("ME", "Maine", "23", "Northeast", "New England", "state", ""),
    ("MD", "Maryland", "24", "South", "South Atlantic", "state", "Md."),
    ("MA", "Massachusetts", "25", "Northeast", "New England", "state", "Mass."),
    ("MI", "Michigan", "26", "Midwest", "East North Central", "state", "Mich."),
    ("MN", "Minnesota", "27", "Midwest", "West North Central", "state", "Minn."),
    ("MS", "Mississippi", "28", "South", "East South Central", "state", "Miss."),
    ("MO", "Missouri", "29", "Midwest", "West North Central", "state", "Mo."),
    ("MT", "Montana", "30", "West", "Mountain", "state", "Mont."),
    ("NE", "Nebraska", "31", "Midwest", "West North Central", "state", "Neb.|Nebr."),
    ("NV", "Nevada", "32", "West", "Mountain", "state", "Nev."),
    ("NH", "New Hampshire", "33", "Northeast", "New England", "state", "N.H."),
    ("NJ", "New Jersey", "34", "Northeast", "Middle Atlantic", "state", "N.J."),
    ("NM", "New Mexico", "35", "West", "Mountain", "state", "N.M.|N.Mex."),
    ("NY", "New York", "36", "Northeast", "Middle Atlantic", "state",
     "N.Y.|New York State"),
    ("NC", "North Carolina", "37", "South", "South Atlantic", "state", "N.C."),
    ("ND", "North Dakota", "38", "Midwest", "West North Central", "state", "N.D.|N.Dak."),
    ("OH", "Ohio", "39", "Midwest", "East North Central", "state", ""),
    ("OK", "Oklahoma", "40", "South", "West South Central", "state", "Okla."),
    ("OR", "Oregon", "41", "West", "Pacific", "state", "Ore.|Oreg."),
    ("PA", "Pennsylvania", "42", "Northeast", "Middle Atlantic", "state", "Pa.|Penn."),
    ("RI", "Rhode Island", "44", "Northeast", "New England", "state", "R.I."),
    ("SC", "South Carolina", "45", "South", "South Atlantic", "state", "S.C."),
    ("SD", "South Dakota", "46", "Midwest", "West North Central", "state", "S.D.|S.Dak."),
    ("TN", "Tennessee", "47", "South", "East South Central", "state", "Tenn."),
    ("TX", "Texas", "48", "South", "West South Central", "state", "Tex."),
    ("UT", "Utah", "49", "West", "Mountain", "state", ""),
    ("VT", "Vermont", "50", "Northeast", "New England", "state", "Vt."),
    ("VA", "Virginia", "51", "South", "South Atlantic", "state", "Va."),
    ("WA", "Washington", "53", "West", "Pacific", "state",
     "Wash.|Washington State"),
    ("WV", "West Virginia", "54", "South", "South Atlantic", "state", "W.Va.|W.V."),
    ("WI", "Wisconsin", "55", "Midwest", "East North Central", "state", "Wis.|Wisc."),
    ("WY", "Wyoming", "56", "West", "Mountain", "state", "Wyo."),
    ("AS", "American Samoa", "60", "", "", "territory", ""),
    ("GU", "Guam", "66", "", "", "territory", ""),
    ("MP", "Northern Mariana Islands", "69", "", "", "territory",
     "Commonwealth of the Northern Mariana Islands|CNMI"),
    ("PR", "Puerto Rico", "72", "", "", "territory", "P.R."),
    ("VI", "Virgin Islands", "78", "", "", "territory",
     "U.S. Virgin Islands|USVI"),
]


def read_oews(path):
    """OCC_CODE -> (title, group) of an OEWS national CSV."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        out = {}
        for row in csv.DictReader(f):
            row = {k.strip().upper(): (v or "").strip() for k, v in row.items() if k}
            out[row["OCC_CODE"]] = (row["OCC_TITLE"],
                                    row.get("O_GROUP") or row.get("OCC_GROUP", ""))
        return out


def fold(s):
    """Rough twin of names_fold for spotting clashes here."""
    w = "".join(c.lower() if c.isalnum() else " " for c in s).split()
    return " ".join(x[:-1] if x.endswith("s") and not x.endswith("ss") else x for x in w)


def make_roles(real):
    oews = os.path.join(real, "oews")
    now = read_oews(os.path.join(oews, "national_M2023_dl.csv"))
    for code, v in read_oews(os.path.join(oews, "converted",
                                          "national_M2024_dl.from_xlsx.csv")).items():
        now.setdefault(code, v)
    old = read_oews(os.path.join(oews, "national_M2017_dl.csv"))

    problems = []
    for code in sorted(old):
        if code in now or code in SOC_2010 or code in SPLIT_2010:
            continue
        if code[:3] in ("29-", "31-") or code == "39-9021":
            problems.append(f"{code} {old[code][0]}: in 2017, not in 2023, not mapped")
    for code, new in SOC_2010.items():
        if new not in now:
            problems.append(f"{code} maps to {new}, which 2023 does not have")
        # a figure for the old code would sit beside the 2017 file's own
        # figure for the new one; OEWS publishes 29-2011/29-2012 only as 29-2010
        if new in old and new != "29-2010":
            problems.append(f"{code} maps to {new}, which the 2017 file has too")
    for code in ALIASES:
        if code not in now:
            problems.append(f"aliases for {code}, which 2023 does not have")
    if problems:
        sys.exit("make-dictionaries: " + "\n  ".join(problems))

    # a folded name must name one code: titles first (detailed before the
    # groups above them), then old titles and aliases where still free
    order = {"detailed": 0, "broad": 1, "minor": 2, "major": 3}
    codes = sorted(now, key=lambda c: (order.get(now[c][1], 4), c))
    owner = {}
    for c in codes:
        owner.setdefault(fold(now[c][0]), c)
    extra = {c: [] for c in now}
    for old_code, new in SOC_2010.items():
        t = old.get(old_code, ("", ""))[0]
        if t and owner.setdefault(fold(t), new) == new and fold(t) != fold(now[new][0]):
            extra[new].append(t)
    for code, names in ALIASES.items():
        for a in filter(None, names.split("|")):
            if owner.setdefault(fold(a), code) != code:
                sys.exit(f"make-dictionaries: alias '{a}' of {code} names {owner[fold(a)]}")
            if fold(a) != fold(now[code][0]):
                extra[code].append(a)
    olds = {c: [] for c in now}
    for old_code, new in sorted(SOC_2010.items()):
        olds[new].append(old_code)

    rows = []
    for c in codes:
        title = now[c][0]
        aliases = "|".join({fold(a): a for a in reversed(extra[c])}.values().__reversed__())
        rows.append((c, title, aliases, "|".join(olds[c])))
    write(os.path.join(OUT, "roles.csv"), ("soc_code", "title", "aliases", "soc_2010"), rows)
    return len(rows)


def make_areas():
    write(os.path.join(OUT, "areas.csv"),
          ("code", "name", "fips", "region", "division", "kind", "aliases"), AREAS)
    return len(AREAS)


def make_cpi(real):
    src = os.path.join(real, "cpi", "cpi_u_CUUR0000SA0_annual_avg_1913_2024.csv")
    rows = []
    with open(src, newline="") as f:
        for r in csv.DictReader(f):
            p = r["provenance"]
            if p.startswith("published"):
                p = "BLS published annual average"
            elif p.startswith("computed"):
                p = "mean of the 12 BLS monthly values"
            else:
                p = "published value not in a data file here; check against BLS"
            rows.append((r["year"], r["cpi_u_annual_avg"], p))
    write(os.path.join(OUT, "cpi_u.csv"), ("year", "cpi_u", "provenance"), rows)
    return len(rows)


CITY_MIN_RESPONDENTS = 3
CITY_STOP = {
    # words and first names
    "mobile", "golden", "norman", "lawrence", "richardson", "davis", "frederick",
    "montgomery", "chandler", "everett", "cary", "madison", "austin", "charlotte",
    "savannah", "eugene", "providence", "erie", "reno", "irving", "orange county",
    "bay area", "chicago suburbs", "boston area", "philadelphia suburbs", "metro detroit",
    "twin cities", "long island", "dfw", "sf", "nyc", "dc", "sf bay area",
    "san francisco bay area",
    # words, first names and surnames that are also small cities
    "la", "media", "normal", "summit", "reading", "allen", "elizabeth", "logan", "rogers",
    "tyler", "sterling", "sandy", "meridian", "blaine", "bend", "johnston", "stafford",
    "upstate", "central pa", "stanford", "salina", "lima", "ontario", "naples", "moscow", "bath",
    # cities abroad with the same name
    "vienna", "melbourne", "verona", "york", "cambridge", "birmingham", "vancouver",
    "richmond", "london", "paris", "durham", "princeton", "athens",
}


def make_cities(real):
    src = os.path.join(real, "ask_a_manager_2021", "ask_a_manager_2021.csv")
    states = {name.lower(): code for code, name, *_ in AREAS}
    by_city = {}
    with open(src, newline="", encoding="utf-8", errors="replace") as f:
        r = csv.reader(f)
        header = next(r)
        city_col = next(i for i, h in enumerate(header) if "city" in h.lower())
        state_col = next(i for i, h in enumerate(header) if "state" in h.lower())
        for row in r:
            if len(row) <= max(city_col, state_col):
                continue
            state = row[state_col].strip().lower()
            if state not in states:
                continue  # abroad, blank, or several states
            city = " ".join(row[city_col].split())
            city = city.split(",")[0].split("(")[0].strip().rstrip(".")
            if not city or not all(c.isalpha() or c in " .'-" for c in city):
                continue
            counts = by_city.setdefault(city.lower(), {})
            counts[states[state]] = counts.get(states[state], 0) + 1
    rows = []
    for city, counts in by_city.items():
        total = sum(counts.values())
        state, n = max(counts.items(), key=lambda kv: kv[1])
        if total < CITY_MIN_RESPONDENTS or n < 0.9 * total:
            continue
        if city in states or city in CITY_STOP or state == "DC":
            continue
        rows.append((city.title(), state, total))
    rows.sort(key=lambda r: (-r[2], r[0]))
    write(os.path.join(OUT, "cities.csv"), ("city", "state", "respondents"), rows)
    return len(rows)


# kind, code, title, state (metros), aliases ("|"-separated).  No alias
# begins with a digit or a word as common as "the", "at", "more",
# "over", "first" or "other" ("Bay Area" is found in "the Bay
# Area"): extract looks up every word of a sentence
# with a figure that begins a name, and those cost more than they find.
SCOPES = [
    # industries (OEWS NAICS codes, six digits: a sector's two padded, 620000)
    ("industry", "620000", "Health Care and Social Assistance", "", "health care and social assistance|health care and social assistance sector"),
    ("industry", "610000", "Educational Services", "", "educational services"),
    ("industry", "440000", "Retail Trade", "", "retail trade|retail"),
    ("industry", "621100", "Offices of Physicians", "", "offices of physicians|physicians' offices|physicians offices|physician offices|physician's offices|doctors' offices|doctors offices|doctor's offices|medical offices|offices of doctors"),
    ("industry", "621200", "Offices of Dentists", "", "offices of dentists|dentists' offices|dentist offices|dental offices|dental practices"),
    ("industry", "621300", "Offices of Other Health Practitioners", "", "offices of other health practitioners"),
    ("industry", "621400", "Outpatient Care Centers", "", "outpatient care centers|outpatient care centres|outpatient centers|outpatient clinics|outpatient care"),
    ("industry", "621500", "Medical and Diagnostic Laboratories", "", "medical and diagnostic laboratories|medical and diagnostic labs|diagnostic laboratories|medical laboratories"),
    ("industry", "621600", "Home Health Care Services", "", "home health care services|home healthcare services|home health care agencies|home health agencies"),
    ("industry", "621900", "Other Ambulatory Health Care Services", "", "ambulance services"),
    ("industry", "622000", "Hospitals", "", "hospitals"),
    ("industry", "622100", "General Medical and Surgical Hospitals", "", "general medical and surgical hospitals|general medical & surgical hospitals|general hospitals|non-specialty hospitals"),
    ("industry", "622200", "Psychiatric and Substance Abuse Hospitals", "", "psychiatric and substance abuse hospitals|psychiatric hospitals"),
    ("industry", "622300", "Specialty (except Psychiatric and Substance Abuse) Hospitals", "", "specialty hospitals|specialty (except psychiatric and substance abuse) hospitals|special hospitals"),
    ("industry", "623000", "Nursing and Residential Care Facilities", "", "nursing and residential care facilities"),
    ("industry", "623100", "Nursing Care Facilities (Skilled Nursing Facilities)", "", "nursing care facilities|skilled nursing facilities|nursing homes|nursing home|nursing care homes"),
    ("industry", "623200", "Residential Intellectual and Developmental Disability, Mental Health, and Substance Abuse Facilities", "", "residential intellectual and developmental disability facilities"),
    ("industry", "623300", "Continuing Care Retirement Communities and Assisted Living Facilities for the Elderly", "", "continuing care retirement communities|assisted living facilities|continuing care retirement communities and assisted living facilities for the elderly"),
    ("industry", "624100", "Individual and Family Services", "", "individual and family services"),
    ("industry", "611300", "Colleges, Universities, and Professional Schools", "", "colleges, universities, and professional schools|colleges, universities and professional schools|colleges and universities"),
    ("industry", "611100", "Elementary and Secondary Schools", "", "elementary and secondary schools"),
    ("industry", "999100", "Federal Government", "", "federal government|federal executive branch"),
    ("industry", "999200", "State Government", "", "state government"),
    ("industry", "999300", "Local Government", "", "local government"),
    ("industry", "561300", "Employment Services", "", "employment services|staffing agencies|temporary help services"),
    ("industry", "524100", "Insurance Carriers", "", "insurance carriers"),
    ("industry", "424200", "Drugs and Druggists' Sundries Merchant Wholesalers", "", "drugs and druggists' sundries merchant wholesalers|drug wholesalers"),
    ("industry", "445100", "Grocery Stores", "", "grocery stores|grocery and convenience retailers|supermarkets"),
    ("industry", "455100", "Department Stores", "", "department stores"),
    ("industry", "456100", "Health and Personal Care Retailers", "", "health and personal care stores|health and personal care retailers"),
    ("industry", "456110", "Pharmacies and Drug Retailers", "", "pharmacies and drug stores|pharmacies and drug retailers|drug stores|retail pharmacies"),
    ("industry", "541700", "Scientific Research and Development Services", "", "scientific research and development services"),
    # experience
    ("experience", "entry", "Entry level", "", "entry-level|entry level|starting pay|starting salary|starting wage|starting wages|start at|starting out|beginners|less than a year|less than one year|less than 1 year|newly certified"),
    ("experience", "experienced", "Experienced", "", "experienced|seasoned|veteran|late-career|late career|senior-level|senior level"),
    ("experience", "1-4y", "1 to 4 years", "", "one to four years|early career|early-career"),
    ("experience", "5-9y", "5 to 9 years", "", "five to nine years|mid-career|mid career"),
    ("experience", "10+y", "10 years or more", "", "ten or more years|ten years or more|two decades|more than ten years|more than 10 years|over ten years|over 10 years|10+ years|10 or more years"),
    # regions of the country, which are no state: census regions and the
    # names articles use
    ("region", "northeast", "Northeast", "", "northeast|northeastern states|new england|east coast|mid-atlantic"),
    ("region", "midwest", "Midwest", "", "midwest|midwestern states|great lakes|plains states"),
    ("region", "south", "South", "", "southern states|southeast|southeastern states|gulf coast"),
    ("region", "west", "West", "", "west coast|western states|pacific northwest|mountain west|southwest|southwestern states|pacific coast"),
    ("region", "rural", "Rural areas", "", "rural areas|rural communities|small towns|nonmetropolitan areas|nonmetro areas"),
    ("region", "big-metros", "Large metropolitan areas", "",
     "large metropolitan areas|big cities|major cities|large cities|major metropolitan areas|major metro areas|big metro areas"),
    # metropolitan areas: CBSA code, title, the state of the principal city
    ("metro", "10420", "Akron, OH", "OH", "akron"),
    ("metro", "10500", "Albany, GA", "GA", "albany"),
    ("metro", "10580", "Albany-Schenectady-Troy, NY", "NY", "albany"),
    ("metro", "10740", "Albuquerque, NM", "NM", "albuquerque"),
    ("metro", "11260", "Anchorage, AK", "AK", "anchorage"),
    ("metro", "12060", "Atlanta-Sandy Springs-Alpharetta, GA", "GA", "atlanta|metro atlanta"),
    ("metro", "12420", "Austin-Round Rock-Georgetown, TX", "TX", "austin"),
    ("metro", "12580", "Baltimore-Columbia-Towson, MD", "MD", "baltimore"),
    ("metro", "13820", "Birmingham-Hoover, AL", "AL", "birmingham"),
    ("metro", "14260", "Boise City, ID", "ID", "boise|boise city"),
    ("metro", "14460", "Boston-Cambridge-Newton, MA-NH", "MA", "boston|greater boston|cambridge"),
    ("metro", "15380", "Buffalo-Cheektowaga, NY", "NY", "buffalo"),
    ("metro", "16740", "Charlotte-Concord-Gastonia, NC-SC", "NC", "charlotte"),
    ("metro", "16940", "Cheyenne, WY", "WY", "cheyenne"),
    ("metro", "16980", "Chicago-Naperville-Elgin, IL-IN-WI", "IL", "chicago|chicagoland"),
    ("metro", "17140", "Cincinnati, OH-KY-IN", "OH", "cincinnati"),
    ("metro", "17460", "Cleveland-Elyria, OH", "OH", "cleveland"),
    ("metro", "18140", "Columbus, OH", "OH", "columbus"),
    ("metro", "19100", "Dallas-Fort Worth-Arlington, TX", "TX", "dallas|fort worth|dfw|dallas-fort worth"),
    ("metro", "19740", "Denver-Aurora-Lakewood, CO", "CO", "denver"),
    ("metro", "19820", "Detroit-Warren-Dearborn, MI", "MI", "detroit"),
    ("metro", "23420", "Fresno, CA", "CA", "fresno"),
    ("metro", "25540", "Hartford-East Hartford-Middletown, CT", "CT", "hartford"),
    ("metro", "26420", "Houston-The Woodlands-Sugar Land, TX", "TX", "houston"),
    ("metro", "26900", "Indianapolis-Carmel-Anderson, IN", "IN", "indianapolis"),
    ("metro", "27180", "Jackson, TN", "TN", "jackson"),
    ("metro", "27140", "Jackson, MS", "MS", "jackson"),
    ("metro", "27260", "Jacksonville, FL", "FL", "jacksonville"),
    ("metro", "28140", "Kansas City, MO-KS", "MO", "kansas city"),
    ("metro", "29820", "Las Vegas-Henderson-Paradise, NV", "NV", "las vegas"),
    ("metro", "31080", "Los Angeles-Long Beach-Anaheim, CA", "CA", "los angeles|l.a.|long beach|anaheim"),
    ("metro", "31140", "Louisville/Jefferson County, KY-IN", "KY", "louisville"),
    ("metro", "32820", "Memphis, TN-MS-AR", "TN", "memphis"),
    ("metro", "33100", "Miami-Fort Lauderdale-Pompano Beach, FL", "FL", "miami|fort lauderdale|south florida"),
    ("metro", "33340", "Milwaukee-Waukesha, WI", "WI", "milwaukee"),
    ("metro", "33460", "Minneapolis-St. Paul-Bloomington, MN-WI", "MN", "minneapolis|st. paul|saint paul|twin cities"),
    ("metro", "34980", "Nashville-Davidson--Murfreesboro--Franklin, TN", "TN", "nashville"),
    ("metro", "35380", "New Orleans-Metairie, LA", "LA", "new orleans"),
    ("metro", "35620", "New York-Newark-Jersey City, NY-NJ-PA", "NY", "new york city|nyc|newark|jersey city"),
    ("metro", "36420", "Oklahoma City, OK", "OK", "oklahoma city"),
    ("metro", "36740", "Orlando-Kissimmee-Sanford, FL", "FL", "orlando"),
    ("metro", "37980", "Philadelphia-Camden-Wilmington, PA-NJ-DE-MD", "PA", "philadelphia|philly"),
    ("metro", "38060", "Phoenix-Mesa-Chandler, AZ", "AZ", "phoenix|mesa|chandler"),
    ("metro", "38300", "Pittsburgh, PA", "PA", "pittsburgh"),
    ("metro", "38900", "Portland-Vancouver-Hillsboro, OR-WA", "OR", "portland"),
    ("metro", "39300", "Providence-Warwick, RI-MA", "RI", "providence"),
    ("metro", "39580", "Raleigh-Cary, NC", "NC", "raleigh"),
    ("metro", "39820", "Redding, CA", "CA", "redding"),
    ("metro", "40060", "Richmond, VA", "VA", "richmond"),
    ("metro", "40140", "Riverside-San Bernardino-Ontario, CA", "CA", "riverside|san bernardino|inland empire"),
    ("metro", "40900", "Sacramento-Roseville-Folsom, CA", "CA", "sacramento"),
    ("metro", "41180", "St. Louis, MO-IL", "MO", "st. louis|saint louis"),
    ("metro", "41620", "Salt Lake City, UT", "UT", "salt lake city"),
    ("metro", "41700", "San Antonio-New Braunfels, TX", "TX", "san antonio"),
    ("metro", "41740", "San Diego-Chula Vista-Carlsbad, CA", "CA", "san diego"),
    ("metro", "41860", "San Francisco-Oakland-Berkeley, CA", "CA", "san francisco|oakland|berkeley|hayward|bay area|san francisco bay area"),
    ("metro", "41940", "San Jose-Sunnyvale-Santa Clara, CA", "CA", "san jose|sunnyvale|santa clara|silicon valley"),
    ("metro", "42100", "Santa Cruz-Watsonville, CA", "CA", "santa cruz|watsonville"),
    ("metro", "42200", "Santa Maria-Santa Barbara, CA", "CA", "santa barbara|santa maria"),
    ("metro", "42660", "Seattle-Tacoma-Bellevue, WA", "WA", "seattle|tacoma|bellevue"),
    ("metro", "44060", "Spokane-Spokane Valley, WA", "WA", "spokane"),
    ("metro", "45300", "Tampa-St. Petersburg-Clearwater, FL", "FL", "tampa|st. petersburg"),
    ("metro", "46060", "Tucson, AZ", "AZ", "tucson"),
    ("metro", "46140", "Tulsa, OK", "OK", "tulsa"),
    ("metro", "46700", "Vallejo, CA", "CA", "vallejo|fairfield"),
    ("metro", "47260", "Virginia Beach-Norfolk-Newport News, VA-NC", "VA", "virginia beach|norfolk"),
    ("metro", "47900", "Washington-Arlington-Alexandria, DC-VA-MD-WV", "DC", "washington, d.c.|washington dc|washington, dc|d.c. area"),
]


def metro_full_name(row):
    """A metro's aliases and its title's city part when that is a
    hyphenated list ("santa cruz-watsonville"), which pages write whole."""
    kind, code, title, state, aliases = row
    if kind != "metro":
        return row
    cities = title.split(", ")[0].lower()
    names = aliases.split("|")
    if "-" in cities and cities not in names:
        names.append(cities)
    return (kind, code, title, state, "|".join(names))


def of_the(row):
    """An industry's names with "of" also written "of the" ("offices of
    the physicians"), as pages write them."""
    kind, code, title, state, aliases = row
    if kind != "industry":
        return row
    names = aliases.split("|")
    names += [n.replace(" of ", " of the ") for n in names
              if " of " in n and n.replace(" of ", " of the ") not in names]
    return (kind, code, title, state, "|".join(names))


def make_scopes():
    write(os.path.join(OUT, "scopes.csv"), ["kind", "code", "title", "state", "aliases"],
          [of_the(metro_full_name(r)) for r in SCOPES])
    return len(SCOPES)


def write(path, header, rows):
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    real = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "data", "real")
    print(f"roles.csv: {make_roles(real)} occupations")
    print(f"areas.csv: {make_areas()} areas")
    print(f"cpi_u.csv: {make_cpi(real)} years")
    print(f"cities.csv: {make_cities(real)} cities")
    print(f"scopes.csv: {make_scopes()} scopes")


if __name__ == "__main__":
    main()
