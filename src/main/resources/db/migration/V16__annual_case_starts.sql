-- 年度批量发起 (seed 000 五(1) 选定年度预脱贫对象): the county office starts the year's household cases for every household
-- its approved plan lists, in one request run in the background; this keeps each run's progress and, household by
-- household, why a start was refused. The cases themselves are the system of record of each exit.
create table annual_case_start (
  id           varchar(36)  primary key,
  county_code  char(6)      not null references county (code),
  start_year   integer      not null,
  requested_by varchar(64)  not null,
  requested_at timestamp    not null,
  state        varchar(8)   not null check (state in ('RUNNING', 'DONE')),
  total        integer      not null,
  started      integer      not null,
  refused      integer      not null,
  finished_at  timestamp
);
create index annual_case_start_county on annual_case_start (county_code, requested_at);

create table annual_case_start_refusal (
  start_id     varchar(36)  not null references annual_case_start (id),
  household_id char(16)     not null,
  reason       varchar(1000) not null,
  primary key (start_id, household_id)
);
