-- Impact store, version 3: the funding ledger (FORMATS.md, "Funding ledger").
-- One versioned table per file of the ledger. A funding file replaces every current row of its
-- kind for the projects it names (`replaced_by` = that import), so an import can be undone.
-- `projet_key`, `financeur_key` and `poste_key` are the names compared as headers are (case,
-- accents and punctuation ignored): they match a funder, a heading or a project across files.
-- Money is DECIMAL(18,2).

CREATE TABLE grant_versions (
    import_id        BIGINT NOT NULL,
    source_line      BIGINT NOT NULL,
    projet           VARCHAR NOT NULL,
    projet_key       VARCHAR NOT NULL,
    financeur        VARCHAR NOT NULL,
    financeur_key    VARCHAR NOT NULL,
    type             VARCHAR NOT NULL,
    dispositif       VARCHAR,
    montant_attribue DECIMAL(18,2) NOT NULL,
    date_decision    DATE,
    debut            DATE NOT NULL,
    fin              DATE NOT NULL,
    replaced_by      BIGINT
);

CREATE TABLE expenditure_versions (
    import_id       BIGINT NOT NULL,
    source_line     BIGINT NOT NULL,
    projet          VARCHAR NOT NULL,
    projet_key      VARCHAR NOT NULL,
    date            DATE NOT NULL,
    poste           VARCHAR NOT NULL,
    poste_key       VARCHAR NOT NULL,
    libelle         VARCHAR,
    fournisseur     VARCHAR,
    reference       VARCHAR,
    montant_ht      DECIMAL(18,2) NOT NULL,
    date_paiement   DATE,
    montant_ttc     DECIMAL(18,2),
    tva_recuperable BOOLEAN,
    financeur       VARCHAR,
    financeur_key   VARCHAR,
    demande         VARCHAR,
    replaced_by     BIGINT
);

CREATE TABLE payment_versions (
    import_id     BIGINT NOT NULL,
    source_line   BIGINT NOT NULL,
    projet        VARCHAR NOT NULL,
    projet_key    VARCHAR NOT NULL,
    date          DATE NOT NULL,
    financeur     VARCHAR NOT NULL,
    financeur_key VARCHAR NOT NULL,
    montant       DECIMAL(18,2) NOT NULL,
    nature        VARCHAR NOT NULL,
    replaced_by   BIGINT
);

CREATE TABLE budget_versions (
    import_id     BIGINT NOT NULL,
    source_line   BIGINT NOT NULL,
    projet        VARCHAR NOT NULL,
    projet_key    VARCHAR NOT NULL,
    poste         VARCHAR NOT NULL,
    poste_key     VARCHAR NOT NULL,
    montant_prevu DECIMAL(18,2) NOT NULL,
    replaced_by   BIGINT
);

CREATE VIEW grants AS
    SELECT * EXCLUDE (replaced_by) FROM grant_versions WHERE replaced_by IS NULL;
-- montant_eligible: the TTC amount when the VAT is not recoverable, else the HT amount;
-- cash_date: the day the money left (the payment date, else the expenditure's date).
CREATE VIEW expenditures AS
    SELECT * EXCLUDE (replaced_by),
           CASE WHEN tva_recuperable = false AND montant_ttc IS NOT NULL THEN montant_ttc
                ELSE montant_ht END AS montant_eligible,
           coalesce(date_paiement, date) AS cash_date
    FROM expenditure_versions WHERE replaced_by IS NULL;
CREATE VIEW payments AS
    SELECT * EXCLUDE (replaced_by) FROM payment_versions WHERE replaced_by IS NULL;
CREATE VIEW budget_lines AS
    SELECT * EXCLUDE (replaced_by) FROM budget_versions WHERE replaced_by IS NULL;
