-- Reference data of Kota Bima and the Dinas Sosial. Filled by V2 from the CSVs in /reference.
-- Codes are stable forever: add and deprecate, never rename.

CREATE TABLE kecamatan (
    code VARCHAR(8)   NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

CREATE TABLE kelurahan (
    code           VARCHAR(13)  NOT NULL PRIMARY KEY,
    kecamatan_code VARCHAR(8)   NOT NULL REFERENCES kecamatan (code),
    name           VARCHAR(100) NOT NULL
);
CREATE INDEX kelurahan_kecamatan_idx ON kelurahan (kecamatan_code, code);

CREATE TABLE ppks_category (
    code        VARCHAR(64)   NOT NULL PRIMARY KEY,
    ordinal     INTEGER       NOT NULL UNIQUE,
    name_id     VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NOT NULL
);

CREATE TABLE pillar_type (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name_id     VARCHAR(200) NOT NULL,
    group_code  VARCHAR(32)  NOT NULL,
    usual_area  VARCHAR(16)  NOT NULL,
    ordinal     INTEGER      NOT NULL UNIQUE
);
