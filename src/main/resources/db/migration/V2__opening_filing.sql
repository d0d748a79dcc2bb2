-- An opening filing as last submitted (the whole form as JSON), with the unit's collective decision (Art. 16).
create table opening_filing (
    procedure_id          bigint        primary key references app_procedure (id),
    payload               varchar(200000) not null,
    meeting_date          date,
    minutes_material_id   uuid,
    main_leader_consent   boolean,
    updated_at            timestamp with time zone not null,
    version               bigint        not null
);

-- delegates find the procedure of their process instance (process variables can be overwritten by task completers)
create index ix_procedure_instance on app_procedure (process_instance_id);
