-- The two filing numbers of an opening as the bureau office recorded them (Art. 16): the account becomes ACTIVE from
-- these columns, never from process variables, and only with the recording office user named.
alter table opening_filing add column national_filing_no varchar(40);
alter table opening_filing add column yuxi_filing_no varchar(40);
alter table opening_filing add column filing_numbers_recorded_by varchar(64);
