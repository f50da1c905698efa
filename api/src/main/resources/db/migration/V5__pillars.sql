-- Pillar registry (PSM, TKSK, Pordam, Tagana, Fasilitator, Pendamping Sosial), the areas they cover
-- and the kelurahan contacts (Lurah, Kasi Kesos, Ketua RW/RT). Written by the pillar and area features.

CREATE TABLE pillar (
    id              UUID         NOT NULL PRIMARY KEY,
    full_name       VARCHAR(200) NOT NULL,
    -- full_name lower-cased, accents and extra spaces removed: the sort key and what ?q= searches
    name_key        VARCHAR(200) NOT NULL,
    type            VARCHAR(32)  NOT NULL REFERENCES pillar_type (code),
    nik             VARCHAR(16),
    gender          VARCHAR(1),
    -- E.164, e.g. +6281234567890
    phone           VARCHAR(16)  NOT NULL,
    email           VARCHAR(254),
    member_number   VARCHAR(64),
    origin_region   VARCHAR(100),
    joined_on       DATE,
    status          VARCHAR(16)  NOT NULL,
    status_reason   VARCHAR(500),
    -- TKSK: the kecamatan served; PORDAM/TAGANA: optional home kecamatan; others: null
    kecamatan_code  VARCHAR(8)   REFERENCES kecamatan (code),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INTEGER      NOT NULL,
    -- UNIQUE lets many NULLs through on both H2 and PostgreSQL: NIK is optional, unique when given
    CONSTRAINT pillar_nik_uq UNIQUE (nik),
    CONSTRAINT pillar_phone_uq UNIQUE (phone),
    CONSTRAINT pillar_gender_ck CHECK (gender IN ('L', 'P')),
    CONSTRAINT pillar_status_ck CHECK (status IN ('ACTIVE', 'INACTIVE', 'TRANSFERRED_OUT'))
);
-- The list is sorted by (name_key, id); each filter leads an index that continues in that order,
-- so a page is one index range scan from the cursor, whatever the size of the table.
CREATE INDEX pillar_name_idx ON pillar (name_key, id);
CREATE INDEX pillar_type_idx ON pillar (type, name_key, id);
CREATE INDEX pillar_status_idx ON pillar (status, name_key, id);
-- The TKSK of one kecamatan (coverage of its kelurahan), in list order.
CREATE INDEX pillar_type_kecamatan_idx ON pillar (type, kecamatan_code, name_key, id);

-- The kelurahan a PSM, Fasilitator or Pendamping Sosial is assigned to: the assignment itself.
CREATE TABLE pillar_kelurahan (
    pillar_id       UUID        NOT NULL REFERENCES pillar (id),
    kelurahan_code  VARCHAR(13) NOT NULL REFERENCES kelurahan (code),
    CONSTRAINT pillar_kelurahan_pk PRIMARY KEY (pillar_id, kelurahan_code)
);
CREATE INDEX pillar_kelurahan_code_idx ON pillar_kelurahan (kelurahan_code, pillar_id);

-- Derived from the assignment for the kelurahan/kecamatan filters of the list: one row per area code
-- a pillar is listed under (its kelurahan and their kecamatan, a TKSK's kecamatan, a city-wide
-- pillar's home kecamatan), with the sort key copied so that (area_code, name_key, pillar_id) serves
-- filter, order and cursor in one index range scan.
CREATE TABLE pillar_area (
    pillar_id   UUID         NOT NULL REFERENCES pillar (id),
    area_code   VARCHAR(13)  NOT NULL,
    name_key    VARCHAR(200) NOT NULL,
    CONSTRAINT pillar_area_pk PRIMARY KEY (pillar_id, area_code)
);
CREATE INDEX pillar_area_idx ON pillar_area (area_code, name_key, pillar_id);

CREATE TABLE kelurahan_contact (
    id              UUID         NOT NULL PRIMARY KEY,
    kelurahan_code  VARCHAR(13)  NOT NULL REFERENCES kelurahan (code),
    name            VARCHAR(200) NOT NULL,
    position        VARCHAR(32)  NOT NULL,
    rw              SMALLINT,
    rt              SMALLINT,
    phone           VARCHAR(16)  NOT NULL,
    active          BOOLEAN      NOT NULL,
    -- 'RW:<kelurahan>:<rw>' or 'RT:<kelurahan>:<rw>:<rt>' while an active Ketua RW/RT, else NULL:
    -- a plain UNIQUE on it is the portable form of a partial unique index (one active head each)
    head_key        VARCHAR(40),
    -- position rank, RW, RT and name, so the list reads Lurah first, then RW by RW, RT by RT
    sort_key        VARCHAR(220) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INTEGER      NOT NULL,
    CONSTRAINT kelurahan_contact_head_uq UNIQUE (head_key),
    CONSTRAINT kelurahan_contact_position_ck CHECK (position IN
        ('LURAH', 'SEKRETARIS_LURAH', 'KASI_KESOS', 'KETUA_RW', 'KETUA_RT', 'OTHER')),
    CONSTRAINT kelurahan_contact_rw_ck CHECK (rw BETWEEN 1 AND 999),
    CONSTRAINT kelurahan_contact_rt_ck CHECK (rt BETWEEN 1 AND 999)
);
CREATE INDEX kelurahan_contact_kelurahan_idx ON kelurahan_contact (kelurahan_code, sort_key, id);
