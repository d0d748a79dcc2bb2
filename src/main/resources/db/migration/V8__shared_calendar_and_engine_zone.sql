-- Several nodes on one database (README, Running several nodes).

-- Raised by every upload of holiday data, in the uploading transaction: each node compares it with the revision of
-- the data it holds before counting working days, and reloads the stored years when they differ.
create table calendar_revision (
    id                    int           primary key,
    revision              bigint        not null
);
insert into calendar_revision (id, revision) values (1, 0);

-- Facts every node must agree on, written by the first node that starts: the zone in which the engine writes its
-- zone-less timestamps (timers' due dates), checked at every start.
create table engine_setting (
    name                  varchar(64)   primary key,
    setting_value         varchar(200)  not null,
    written_at            timestamp with time zone not null
);
