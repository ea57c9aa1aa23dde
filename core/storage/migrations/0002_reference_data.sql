-- Reference data from the decision report "Specialist Teaching and Learning
-- Service (STLS) - Consultation outcome" (Kent, 2022): it is the same on every
-- installation, ships with the program and does not sync.

CREATE TABLE area (
    code  TEXT PRIMARY KEY,
    name  TEXT NOT NULL,
    sort  INTEGER NOT NULL
);
INSERT INTO area (code, name, sort) VALUES
    ('north', 'North', 1),
    ('south', 'South', 2),
    ('east',  'East',  3),
    ('west',  'West',  4);

-- Section 3.1: each district's STLS is delivered by the special school that
-- holds its service level agreement. The report's "lfield" is an OCR slip for
-- Ifield. `gias_name` is the district as GIAS spells DistrictAdministrative.
CREATE TABLE district (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    area_code   TEXT NOT NULL REFERENCES area (code),
    sla_school  TEXT NOT NULL,
    gias_name   TEXT NOT NULL UNIQUE,
    sort        INTEGER NOT NULL
);
INSERT INTO district (code, name, area_code, sla_school, gias_name, sort) VALUES
    ('dartford',        'Dartford',              'north', 'Rowhill',        'Dartford',              1),
    ('gravesham',       'Gravesham',             'north', 'Ifield',         'Gravesham',             2),
    ('sevenoaks',       'Sevenoaks',             'north', 'Valence',        'Sevenoaks',             3),
    ('ashford',         'Ashford',               'south', 'Goldwyn',        'Ashford',               4),
    ('dover',           'Dover',                 'south', 'Elms',           'Dover',                 5),
    ('folkestone',      'Folkestone and Hythe',  'south', 'The Beacon',     'Folkestone and Hythe',  6),
    ('canterbury',      'Canterbury',            'east',  'St Nicholas',    'Canterbury',            7),
    ('swale',           'Swale',                 'east',  'Meadowfield',    'Swale',                 8),
    ('thanet',          'Thanet',                'east',  'Laleham Gap',    'Thanet',                9),
    ('maidstone',       'Maidstone',             'west',  'Five Acre Wood', 'Maidstone',            10),
    ('tonbridge',       'Tonbridge and Malling', 'west',  'Nexus',          'Tonbridge and Malling',11),
    ('tunbridge_wells', 'Tunbridge Wells',       'west',  'Broomhill Bank', 'Tunbridge Wells',      12);

-- Section 3.2: Valence (Sevenoaks) holds the district SLA and also the county
-- Physical Disability and Sensory SLAs. Sensory is the one service line with
-- a statutory function; it takes referrals directly, not through LIFT.
CREATE TABLE service_line (
    code                 TEXT PRIMARY KEY,
    name                 TEXT NOT NULL,
    scope                TEXT NOT NULL CHECK (scope IN ('district', 'county')),
    county_sla_school    TEXT,      -- the county SLA holder; district SLAs are in `district`
    statutory            INTEGER NOT NULL CHECK (statutory IN (0, 1)),
    direct_referrals     INTEGER NOT NULL CHECK (direct_referrals IN (0, 1)),
    sort                 INTEGER NOT NULL
);
INSERT INTO service_line (code, name, scope, county_sla_school, statutory, direct_referrals, sort) VALUES
    ('district', 'District STLS', 'district', NULL,      0, 0, 1),
    ('pd',       'PD STLS',       'county',   'Valence', 0, 0, 2),
    ('sensory',  'Sensory STLS',  'county',   'Valence', 1, 1, 3);

-- The four broad areas of need of the SEND Code of Practice.
CREATE TABLE need_dimension (
    code  TEXT PRIMARY KEY,
    name  TEXT NOT NULL,
    sort  INTEGER NOT NULL
);
INSERT INTO need_dimension (code, name, sort) VALUES
    ('cl',   'Cognition and Learning',                1),
    ('ci',   'Communication and Interaction',         2),
    ('semh', 'Social, Emotional and Mental Health',   3),
    ('ps',   'Physical and Sensory',                  4);

-- DfE school census primary need codes; OTH and NSA belong to no dimension.
CREATE TABLE need_code (
    code            TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    dimension_code  TEXT REFERENCES need_dimension (code),
    sort            INTEGER NOT NULL
);
INSERT INTO need_code (code, name, dimension_code, sort) VALUES
    ('SPLD', 'Specific learning difficulty',                  'cl',   1),
    ('MLD',  'Moderate learning difficulty',                  'cl',   2),
    ('SLD',  'Severe learning difficulty',                    'cl',   3),
    ('PMLD', 'Profound and multiple learning difficulty',     'cl',   4),
    ('SLCN', 'Speech, language and communication needs',      'ci',   5),
    ('ASD',  'Autistic spectrum disorder',                    'ci',   6),
    ('SEMH', 'Social, emotional and mental health',           'semh', 7),
    ('HI',   'Hearing impairment',                            'ps',   8),
    ('VI',   'Visual impairment',                             'ps',   9),
    ('MSI',  'Multi-sensory impairment',                      'ps',  10),
    ('PD',   'Physical disability',                           'ps',  11),
    ('OTH',  'Other difficulty or disability',                NULL,  12),
    ('NSA',  'SEN support but no specialist assessment of type of need', NULL, 13);

-- School census SEN provision, and the service's own "EHC needs assessment
-- requested" (not a census code).
CREATE TABLE sen_provision (
    code    TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    census  INTEGER NOT NULL CHECK (census IN (0, 1)),
    sort    INTEGER NOT NULL
);
INSERT INTO sen_provision (code, name, census, sort) VALUES
    ('N',   'No special educational need',       1, 1),
    ('K',   'SEN support',                       1, 2),
    ('E',   'Education, health and care plan',   1, 3),
    ('EHC_REQUESTED', 'EHC needs assessment requested', 0, 4);

-- Section 9.2, "STLS Budget v Forecast 2021/2022", in whole pounds. The report
-- gives pension funding for the service as a whole, not per service line, so
-- its row has no service line.
CREATE TABLE budget_line (
    financial_year     TEXT NOT NULL,
    funding            TEXT NOT NULL CHECK (funding IN ('core', 'outreach', 'pension')),
    service_line_code  TEXT REFERENCES service_line (code),
    amount_gbp         INTEGER NOT NULL CHECK (amount_gbp >= 0),
    UNIQUE (financial_year, funding, service_line_code)
);
INSERT INTO budget_line (financial_year, funding, service_line_code, amount_gbp) VALUES
    ('2021/22', 'core',     'district', 3482036),
    ('2021/22', 'core',     'pd',        325200),
    ('2021/22', 'core',     'sensory',  1894637),
    ('2021/22', 'outreach', 'district', 2400000),
    ('2021/22', 'outreach', 'pd',        100000),
    ('2021/22', 'outreach', 'sensory',        0),
    ('2021/22', 'pension',  NULL,        333063);
