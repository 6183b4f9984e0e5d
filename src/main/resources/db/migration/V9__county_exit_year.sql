-- The year a county's exit (摘帽) was approved, as villages and households keep theirs: the register page finds a
-- year's exited counties by it.
alter table county add column exit_year integer;
