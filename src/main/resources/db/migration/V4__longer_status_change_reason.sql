-- An official's remark (a refusal, an objection's finding) becomes part of the trail entry's reason: room for
-- 2,000 characters of remark and the text around it. StatusRegister refuses anything longer with a message.
alter table status_change alter column reason set data type varchar(4000);
