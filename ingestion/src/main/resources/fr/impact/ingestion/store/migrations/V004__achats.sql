-- Impact store, version 4: ma-cantine formats (FORMATS.md, "ma-cantine formats").
-- `purchases`: the canteens' own purchase files (`achats`), one row per purchase, every
-- supplier (the hub included). Files add up, as in ma-cantine; undoing an import removes its
-- rows. `siret` (digits only) or `cantine_id` names the canteen. Money is DECIMAL(18,2).
CREATE TABLE purchases (
    import_id           BIGINT NOT NULL,
    source_line         BIGINT NOT NULL,
    siret               VARCHAR,
    cantine_id          BIGINT,
    description         VARCHAR NOT NULL,
    fournisseur         VARCHAR,
    date                DATE NOT NULL,
    prix_ht             DECIMAL(18,2) NOT NULL,
    famille_produits    VARCHAR NOT NULL,
    categories_egalim   VARCHAR NOT NULL,
    origine             VARCHAR,
    est_circuit_court   BOOLEAN NOT NULL,
    est_local           BOOLEAN NOT NULL,
    definition_local    VARCHAR,
    definition_local_km DECIMAL(18,3),
    CHECK ((siret IS NULL) <> (cantine_id IS NULL))
);

-- `teledeclarations`: ma-cantine's published teledeclaration results (`campagne_td_YYYY.csv`),
-- one row per canteen declaration. A file replaces the current rows of the years it holds
-- (`replaced_by` = that import), so an import can be undone. Ratios are fractions.
CREATE TABLE teledeclarations (
    import_id               BIGINT NOT NULL,
    source_line             BIGINT NOT NULL,
    year                    INTEGER NOT NULL,
    canteen_siret           VARCHAR,
    canteen_name            VARCHAR,
    canteen_city_insee_code VARCHAR,
    canteen_pat_list        VARCHAR,
    canteen_department      VARCHAR,
    ratio_bio               DECIMAL(9,4),
    ratio_egalim_hors_bio   DECIMAL(9,4),
    replaced_by             BIGINT
);
