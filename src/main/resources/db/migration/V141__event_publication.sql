-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.0.3, for PostgreSQL):
-- an event with a transactional listener in another module is stored here in the publishing transaction and marked
-- completed (deleted: spring.modulith.events.completion-mode=delete) only when its listener has finished. A failed
-- or interrupted delivery stays, and common.cluster.EventRedelivery hands it to the listener again.

create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
