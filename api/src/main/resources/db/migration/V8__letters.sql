-- Letters (issue 23): the "Surat Pemberitahuan Kunjungan Lapangan" of a notice. One row per notice,
-- written on the letter's first issue and never changed: its number (from a per-year counter in
-- number_sequence, taken in the same transaction, so the sequence has no gaps) and the random code
-- of its verification page /v/{code}.
CREATE TABLE notice_letter (
    notice_id          UUID          NOT NULL PRIMARY KEY REFERENCES notice (id),
    letter_year        INTEGER       NOT NULL,
    letter_seq         INTEGER       NOT NULL,
    letter_number      VARCHAR(120)  NOT NULL,
    verification_code  VARCHAR(32)   NOT NULL,
    issued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT notice_letter_seq_uq UNIQUE (letter_year, letter_seq),
    CONSTRAINT notice_letter_number_uq UNIQUE (letter_number),
    CONSTRAINT notice_letter_code_uq UNIQUE (verification_code)
);
