-- Login throttling (issue 9): consecutive failed logins of an account within the counting window, when that window
-- began, and until when the account is locked. Counted and decided by LoginThrottle; cleared by a successful login,
-- by the end of the lock or by an administrator.
alter table user_account add column failed_logins integer default 0 not null;
alter table user_account add column failed_since timestamp;
alter table user_account add column locked_until timestamp;
