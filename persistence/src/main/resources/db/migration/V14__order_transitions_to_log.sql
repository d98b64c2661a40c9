-- Orders move onto the common transition log (issue 10): their steps are copied to record_transition and the
-- order's own table goes. Copied rows keep their ids negated, so they never meet the ids of record_transition_seq
-- (which are positive) without any database-specific sequence arithmetic.
insert into record_transition (id, record_type, record_id, action, from_state, to_state, actor, actor_role, organisation,
                               occurred_at, comment_text)
select -id, 'SocialOrder', order_id, action, from_status, to_status, actor, null, null, occurred_at, comment_text
from order_transition;

drop table order_transition;
drop sequence order_transition_seq;
