-- Content release review (信息发布审核, 一事一审, Art. 20-23 and 26): one row per item, kept forever; its publication
-- (URL and time) is the publication log; an account's or website's last publication is the latest published_at of
-- its items (indexed), not a column of the registry row, which would make every publication contend for that row.

create table content_item (
    procedure_id          bigint         primary key references app_procedure (id),
    account_id            bigint         references new_media_account (id),
    website_id            bigint         references website (id),
    title                 varchar(200)   not null,
    body                  varchar(50000) not null,
    kind                  varchar(20)    not null,
    source_name           varchar(200),
    source_url            varchar(2000),
    maps_used             boolean        not null,
    standard_map          boolean,
    map_approval_no       varchar(100),
    important             boolean        not null,
    out_of_list_source    boolean        not null,
    status                varchar(20)    not null,
    approved_at           timestamp with time zone,
    published_url         varchar(2000),
    published_at          timestamp with time zone,
    published_by          varchar(64),
    version               bigint         not null,
    constraint ck_content_target check ((account_id is null) <> (website_id is null))
);
create index ix_content_account_published on content_item (account_id, published_at);
create index ix_content_website_published on content_item (website_id, published_at);
create index ix_content_status on content_item (status);
