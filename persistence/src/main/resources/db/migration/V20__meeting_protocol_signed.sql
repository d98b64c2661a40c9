-- A working group's meeting is corrected or deleted until its protocol is signed (issue 12): the date the chair signed
-- the protocol; null while the protocol is a draft. Who entered the signature, and every correction and deletion,
-- are in the audit log of the decision.
alter table group_meeting add column signed_on date;
