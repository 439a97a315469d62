-- Impact store, version 1. Money is DECIMAL(18,2); nothing uses binary floating point for money.
-- Versioned tables keep every version a file wrote: `replaced_by` is the import that
-- superseded the row (NULL = current), so an import can be undone.

CREATE SEQUENCE import_ids START 1;

CREATE TABLE imports (
    id            BIGINT PRIMARY KEY,
    kind          VARCHAR NOT NULL,
    hub           VARCHAR NOT NULL,
    file_name     VARCHAR NOT NULL,
    content_hash  VARCHAR NOT NULL,
    file_size     BIGINT NOT NULL,
    format        VARCHAR,
    profile       VARCHAR,
    strict        BOOLEAN NOT NULL,
    imported_at   TIMESTAMP NOT NULL,
    status        VARCHAR NOT NULL,
    accepted      BIGINT NOT NULL DEFAULT 0,
    rejected      BIGINT NOT NULL DEFAULT 0,
    replaced      BIGINT NOT NULL DEFAULT 0,
    warnings      BIGINT NOT NULL DEFAULT 0,
    error_code    VARCHAR,
    error_message VARCHAR,
    undone_at     TIMESTAMP
);

CREATE TABLE sale_lines (
    import_id        BIGINT NOT NULL,
    source_line      BIGINT NOT NULL,
    hub              VARCHAR NOT NULL,
    facture          VARCHAR NOT NULL,
    ligne            INTEGER NOT NULL,
    date             DATE NOT NULL,
    client_id        VARCHAR NOT NULL,
    client_nom       VARCHAR,
    client_type      VARCHAR,
    producteur_id    VARCHAR NOT NULL,
    producteur_nom   VARCHAR,
    produit          VARCHAR NOT NULL,
    produit_code     VARCHAR,
    famille          VARCHAR NOT NULL,
    quantite         DECIMAL(18,3) NOT NULL,
    unite            VARCHAR NOT NULL,
    prix_unitaire_ht DECIMAL(18,4),
    montant_ht       DECIMAL(18,2) NOT NULL,
    labels           VARCHAR,
    egalim_group     VARCHAR NOT NULL,
    origine          VARCHAR,
    kg               DECIMAL(18,6),
    litres           DECIMAL(18,5),
    replaced_by      BIGINT
);

CREATE TABLE producer_versions (
    import_id     BIGINT NOT NULL,
    source_line   BIGINT NOT NULL,
    hub           VARCHAR NOT NULL,
    producteur_id VARCHAR NOT NULL,
    nom           VARCHAR NOT NULL,
    commune_insee VARCHAR NOT NULL,
    siret         VARCHAR,
    latitude      DOUBLE,
    longitude     DOUBLE,
    bio           BOOLEAN,
    date_adhesion DATE,
    replaced_by   BIGINT
);

CREATE TABLE buyer_versions (
    import_id      BIGINT NOT NULL,
    source_line    BIGINT NOT NULL,
    hub            VARCHAR NOT NULL,
    client_id      VARCHAR NOT NULL,
    nom            VARCHAR NOT NULL,
    type           VARCHAR NOT NULL,
    siret          VARCHAR,
    commune_insee  VARCHAR,
    latitude       DOUBLE,
    longitude      DOUBLE,
    repas_par_jour INTEGER,
    replaced_by    BIGINT
);

CREATE TABLE territory_versions (
    import_id   BIGINT NOT NULL,
    source_line BIGINT NOT NULL,
    code        VARCHAR NOT NULL,
    niveau      VARCHAR NOT NULL,
    nom         VARCHAR,
    replaced_by BIGINT
);

-- Every rejected row exactly as it was in the file.
CREATE TABLE quarantine_rows (
    import_id BIGINT NOT NULL,
    line      BIGINT NOT NULL,
    row_key   VARCHAR,
    raw       VARCHAR NOT NULL
);

-- One entry per broken rule (a row may break several); warnings beside them.
CREATE TABLE findings (
    import_id   BIGINT NOT NULL,
    line        BIGINT NOT NULL,
    column_name VARCHAR NOT NULL,
    value       VARCHAR NOT NULL,
    code        VARCHAR NOT NULL,
    expected    VARCHAR NOT NULL,
    rejection   BOOLEAN NOT NULL,
    message_fr  VARCHAR NOT NULL,
    message_en  VARCHAR NOT NULL
);

CREATE VIEW sales AS
    SELECT * EXCLUDE (replaced_by) FROM sale_lines WHERE replaced_by IS NULL;
CREATE VIEW producers AS
    SELECT * EXCLUDE (replaced_by) FROM producer_versions WHERE replaced_by IS NULL;
CREATE VIEW buyers AS
    SELECT * EXCLUDE (replaced_by) FROM buyer_versions WHERE replaced_by IS NULL;
CREATE VIEW territory AS
    SELECT * EXCLUDE (replaced_by) FROM territory_versions WHERE replaced_by IS NULL;
