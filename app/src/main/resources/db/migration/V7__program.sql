-- An organiser can withdraw a session from the public program: its publications stay (with their history) but are
-- neither shown, indexed nor republished until restored.
alter table publication add column withdrawn_at timestamp with time zone;
