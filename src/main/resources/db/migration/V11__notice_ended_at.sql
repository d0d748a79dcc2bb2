-- A notice whose procedure stopped waiting before its last day (an operator moved the notice's timer in Cockpit) ends
-- at that moment: /notices shows what the procedure does (issue 18).
alter table public_notice add column ended_at timestamp with time zone;
