-- The year a village's exit was approved, so that the city can spot-check a year's exited villages (seed 000 八).
alter table village add column exit_year integer;
