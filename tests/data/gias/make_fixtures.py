#!/usr/bin/env python3
"""Writes the GIAS test files as GIAS publishes them: the full header of
edubasealldata (about 130 columns), Windows-1252, CRLF, RFC 4180 quoting,
dates dd-mm-yyyy. The establishments are invented. Run from this folder."""
import csv, io

HEADER = """URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (code),TypeOfEstablishment (name),EstablishmentTypeGroup (code),EstablishmentTypeGroup (name),EstablishmentStatus (code),EstablishmentStatus (name),ReasonEstablishmentOpened (code),ReasonEstablishmentOpened (name),OpenDate,ReasonEstablishmentClosed (code),ReasonEstablishmentClosed (name),CloseDate,PhaseOfEducation (code),PhaseOfEducation (name),StatutoryLowAge,StatutoryHighAge,Boarders (code),Boarders (name),NurseryProvision (name),OfficialSixthForm (code),OfficialSixthForm (name),Gender (code),Gender (name),ReligiousCharacter (code),ReligiousCharacter (name),ReligiousEthos (name),Diocese (code),Diocese (name),AdmissionsPolicy (code),AdmissionsPolicy (name),SchoolCapacity,SpecialClasses (code),SpecialClasses (name),CensusDate,NumberOfPupils,NumberOfBoys,NumberOfGirls,PercentageFSM,TrustSchoolFlag (code),TrustSchoolFlag (name),Trusts (code),Trusts (name),SchoolSponsorFlag (name),SchoolSponsors (name),FederationFlag (name),Federations (code),Federations (name),UKPRN,FEHEIdentifier,FurtherEducationType (name),OfstedLastInsp,OfstedSpecialMeasures (code),OfstedSpecialMeasures (name),LastChangedDate,Street,Locality,Address3,Town,County (name),Postcode,SchoolWebsite,TelephoneNum,HeadTitle (name),HeadFirstName,HeadLastName,HeadPreferredJobTitle,BSOInspectorateName (name),InspectorateReport,DateOfLastInspectionVisit,NextInspectionVisit,TeenMoth (name),TeenMothPlaces,CCF (name),SENPRU (name),EBD (name),PlacesPRU,FTProv (name),EdByOther (name),Section41Approved (name),SEN1 (name),SEN2 (name),SEN3 (name),SEN4 (name),SEN5 (name),SEN6 (name),SEN7 (name),SEN8 (name),SEN9 (name),SEN10 (name),SEN11 (name),SEN12 (name),SEN13 (name),TypeOfResourcedProvision (name),ResourcedProvisionOnRoll,ResourcedProvisionCapacity,SenUnitOnRoll,SenUnitCapacity,GOR (code),GOR (name),DistrictAdministrative (code),DistrictAdministrative (name),AdministrativeWard (code),AdministrativeWard (name),ParliamentaryConstituency (code),ParliamentaryConstituency (name),UrbanRural (code),UrbanRural (name),GSSLACode (name),Easting,Northing,MSOA (name),LSOA (name),InspectorateName (name),SENStat,SENNoStat,BoardingEstablishment (name),PropsName,PreviousLA (code),PreviousLA (name),PreviousEstablishmentNumber,OfstedRating (name),RSCRegion (name),Country (name),UPRN,SiteName,QABName (code),QABName (name),EstablishmentAccredited (code),EstablishmentAccredited (name),QABReport,CHNumber,MSOA (code),LSOA (code),FSM,AccreditationExpiryDate""".split(",")

# URN, LA code, LA name, number, name, type, status, open, close, phase, street, postcode, district
ROWS = [
    ("990001", "886", "Kent", "2001", "St Mary\u2019s Church of England Primary School", "Voluntary aided school", "Open", "01-09-1974", "", "Primary", "Church Lane", "ZZ1 1AA", "Dover"),
    ("990002", "886", "Kent", "2002", "Ysgol Gymraeg Caint", "Free schools", "Open", "01-09-2015", "", "Primary", "Heol y Môr", "ZZ1 2AB", "Canterbury"),
    ("990003", "886", "Kent", "4001", "Hythe Bay, Sandgate and \"Seabrook\" Academy", "Academy converter", "Open", "01-04-2012", "", "Secondary", "1 Marine Parade\r\nSeabrook", "ZZ2 3CD", "Folkestone and Hythe"),
    ("990004", "886", "Kent", "2003", "Café Crèche Nursery School", "Local authority nursery school", "Open", "", "", "Nursery", "Mill Road", "ZZ3 4EF", "Tonbridge and Malling"),
    ("990005", "886", "Kent", "2004", "Old Forge Infant School", "Community school", "Closed", "01-09-1950", "31-08-2019", "Primary", "Forge Street", "ZZ4 5GH", "Maidstone"),
    ("990006", "201", "City of London", "3614", "Guildhall Walk Primary School", "Voluntary aided school", "Open", "", "", "Primary", "Walk Lane", "ZZ5 6JK", "City of London"),
    ("990007", "886", "Kent", "7001", "Five Oaks Special School", "Community special school", "Open, but proposed to close", "", "", "Not applicable", "Oak Way", "ZZ6 7LM", ""),
    ("", "886", "Kent", "2005", "A Row Without A URN", "Community school", "Open", "", "", "Primary", "", "", "Thanet"),
    ("990008", "886", "Kent", "2006", "Thanet Sands Primary School", "Academy sponsor led", "Open", "32-13-2020", "", "Primary", "Sands Road", "ZZ7 8NP", "Thanet"),
]

def row_for(values):
    urn, la, la_name, number, name, type_, status, opened, closed, phase, street, postcode, district = values
    row = {h: "" for h in HEADER}
    row.update({
        "URN": urn, "LA (code)": la, "LA (name)": la_name, "EstablishmentNumber": number,
        "EstablishmentName": name, "TypeOfEstablishment (name)": type_,
        "EstablishmentStatus (name)": status, "OpenDate": opened, "CloseDate": closed,
        "PhaseOfEducation (name)": phase, "Street": street, "Postcode": postcode,
        "DistrictAdministrative (name)": district, "Country (name)": "United Kingdom",
        "GOR (name)": "South East",
    })
    return [row[h] for h in HEADER]

def write(path, header, rows):
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for values in rows:
        writer.writerow(row_for(values))
    with open(path, "wb") as f:
        f.write(out.getvalue().encode("cp1252"))

write("establishments.csv", HEADER, ROWS)

# The next month's file: one school renamed, one closed, one new.
changed = [list(r) for r in ROWS]
changed[1][4] = "Ysgol Gymraeg Caint (Welsh School)"
changed[3][6] = "Closed"
changed[3][8] = "31-03-2026"
changed.append(["990009", "886", "Kent", "2007", "Riverside Primary School", "Community school", "Open", "01-09-2026", "", "Primary", "River Walk", "ZZ8 9QR", "Swale"])
write("establishments_next.csv", HEADER, [tuple(r) for r in changed])

# Lacks two required columns.
short = [h for h in HEADER if h not in ("DistrictAdministrative (name)", "Postcode")]
out = io.StringIO(newline="")
w = csv.writer(out, lineterminator="\r\n")
w.writerow(short)
w.writerow(["990001"] + [""] * (len(short) - 1))
open("missing_columns.csv", "wb").write(out.getvalue().encode("cp1252"))
