-- The work queues' and search's practitioner filter matches any part of the name (LIKE '%marsh%'), which no index
-- can seek. With every column the filter reads in one index, the database scans that index (a few megabytes at
-- 100,000 cases) instead of the whole table (730 ms at 100,000 open cases with a small buffer pool).
CREATE INDEX ix_complaint_name_search ON complaint (practitioner_name_key, status, reference);
