-- One store for uploaded files of every area (issue 10): decisions' originals now; proposals, registry applications,
-- agreements, contracts and reports next. The description (owner, use, name, sniffed type, size, SHA-256, who and
-- when) is listed without the bytes, which live in attachment_content.
create sequence attachment_seq start with 1000 increment by 50;

create table attachment (
    id           bigint        not null primary key,
    owner_type   varchar(50)   not null,
    owner_id     bigint        not null,
    purpose      varchar(50)   not null,
    file_name    varchar(300)  not null,
    content_type varchar(100)  not null,
    size_bytes   bigint        not null,
    sha256       varchar(64),
    uploaded_by  varchar(100)  not null,
    uploaded_at  timestamp     not null
);
create index ix_attachment_owner on attachment (owner_type, owner_id, purpose);

create table attachment_content (
    attachment_id bigint not null primary key references attachment (id),
    content       bytea  not null
);

-- The decisions' originals move here. Their ids are the negated decision ids: unique, and never met by the sequence.
-- The SHA-256 of these files is computed by the application at its next start (AttachmentHashes): the hash
-- functions of H2 and PostgreSQL differ.
insert into attachment (id, owner_type, owner_id, purpose, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at)
select -f.decision_id, 'Decision', f.decision_id, 'ORIGINAL', coalesce(d.file_name, 'original'),
       coalesce(d.file_type, 'application/octet-stream'), octet_length(f.content), null, 'migration', current_timestamp
from decision_file f join decision d on d.id = f.decision_id;

insert into attachment_content (attachment_id, content)
select -f.decision_id, f.content from decision_file f;

drop table decision_file;
