-- Machine translation: per-event chain and budget, provenance details, the translation cache and the cost ledger.
-- Portable between PostgreSQL and H2 (MODE=PostgreSQL).

-- Null: the defaults (passerelle.mt.chain, passerelle.mt.budget.characters). Chain: comma-separated connector ids.
alter table event add column mt_chain varchar(200);
alter table event add column mt_budget_characters bigint;

-- The model and time of the current machine suggestion, and why MT gave a segment up (quota, budget, lost codes).
alter table segment add column provenance_model varchar(100);
alter table segment add column provenance_at timestamp with time zone;
alter table segment add column mt_note text;

-- key_hash: SHA-256 of (provider, settings, glossary checksum, source lang, target lang, normalised source).
create table mt_cache (
    key_hash    char(64)    primary key,
    provider    varchar(40) not null,
    source_lang varchar(8)  not null,
    target_lang varchar(8)  not null,
    source      text        not null,
    target      text        not null,
    model       varchar(100),
    created_at  timestamp with time zone not null
);

-- Characters sent and billed per provider, event (0 = none) and month (yyyy-mm, UTC).
create table mt_cost (
    provider          varchar(40) not null,
    event_id          bigint      not null,
    usage_month       char(7)     not null,
    requests          bigint      not null,
    characters_sent   bigint      not null,
    characters_billed bigint      not null,
    primary key (provider, event_id, usage_month)
);
