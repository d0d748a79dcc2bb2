-- Temporary takedowns (Art. 10, approved) and emergency outage reports of websites.

create table website_takedown (
    procedure_id          bigint        primary key references app_procedure (id),
    website_id            bigint        not null references website (id),
    reason                varchar(2000) not null,
    planned_start         date          not null,
    planned_days          int           not null,
    start_year            int           not null,
    offline_at            timestamp with time zone,
    restored_at           timestamp with time zone,
    escalated             boolean       not null,
    notice_id             bigint        references public_notice (id),
    version               bigint        not null
);
create index ix_takedown_website_year on website_takedown (website_id, start_year);

create table website_outage (
    procedure_id          bigint        primary key references app_procedure (id),
    website_id            bigint        not null references website (id),
    cause                 varchar(30)   not null,
    offline_since         timestamp with time zone not null,
    description           varchar(2000) not null,
    restored_at           timestamp with time zone,
    version               bigint        not null
);
create index ix_outage_website on website_outage (website_id);
