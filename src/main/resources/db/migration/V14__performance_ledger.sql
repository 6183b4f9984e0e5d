-- 实绩考核 as a ledger (seed 000 六, 八): what each entry is, its points where the rules give a figure, and the number
-- of exits a check recognises (exits × pass rate). Entries written before this carry no kind: they were deductions.
alter table performance_mark add column kind varchar(20);
update performance_mark set kind = 'DEDUCTION' where kind is null;
alter table performance_mark alter column kind set not null;
alter table performance_mark add constraint performance_mark_kind check (kind in ('BONUS', 'RECOGNITION', 'DEDUCTION'));
alter table performance_mark add column points numeric(6, 2);
alter table performance_mark add column recognised_exits numeric(12, 2);
alter table performance_mark alter column mark type varchar(400);
create index performance_mark_county_year on performance_mark (county_code, mark_year);
