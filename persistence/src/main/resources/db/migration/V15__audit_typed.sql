-- Audit records name who acted as the transition log does (roles and organisation at the time), and the actions on the
-- parts of a decision (working group, meetings, plan, indicators) belong to the decision's own history.
alter table audit_record add column actor_roles varchar(100);
alter table audit_record add column organisation varchar(1000);

update audit_record set object_id = (select g.decision_id from group_member m join working_group g on g.id = m.group_id
                                     where m.id = audit_record.object_id), object_type = 'Decision'
 where object_type = 'GroupMember';
update audit_record set object_id = (select g.decision_id from group_meeting m join working_group g on g.id = m.group_id
                                     where m.id = audit_record.object_id), object_type = 'Decision'
 where object_type = 'Meeting';
update audit_record set object_id = (select s.decision_id from plan_activity a join plan_stage s on s.id = a.stage_id
                                     where a.id = audit_record.object_id), object_type = 'Decision'
 where object_type = 'PlanActivity';
update audit_record set object_id = (select g.decision_id from efficiency_indicator i join efficiency_goal g on g.id = i.goal_id
                                     where i.id = audit_record.object_id), object_type = 'Decision'
 where object_type = 'EfficiencyIndicator';
