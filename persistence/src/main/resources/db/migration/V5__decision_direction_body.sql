-- Which authorised body is responsible for each activity direction of a decision (Kaluga: five ministries, seven
-- directions).
create table decision_direction_body (
    decision_id  bigint not null references decision (id),
    direction_id bigint not null references activity_direction (id),
    authority_id bigint not null references authorised_body (id),
    primary key (decision_id, direction_id, authority_id)
);
