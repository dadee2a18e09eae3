-- Keyword search reads one short generated column instead of the long quoted texts: code, name, the two article
-- references and the statutory range. ILIKE over it scans ~5,000 short rows quickly; pg_trgm would not help for
-- two-character Chinese keywords such as 超限 (stack-notes.md).
alter table catalog_violation add column search_text text generated always as (lower(
    code || ' ' || name || ' ' || violated_ref || ' ' || penalty_ref || ' ' || range_text)) stored;
