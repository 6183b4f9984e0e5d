-- Which poverty line a household is measured against (seed 004 三(一)): NATIONAL 国家标准贫困户 (国标), the year's
-- national line; PROVINCIAL 省标准贫困户 (省标), the province's own line (poverty-exit.policy.provinces.*.provincial-poverty-line).
-- Every household registered so far is on the national standard. Written in the SQL that both H2 and PostgreSQL accept.
alter table household add column poverty_standard varchar(10) default 'NATIONAL' not null;
alter table household add constraint household_poverty_standard_check check (poverty_standard in ('NATIONAL', 'PROVINCIAL'));
