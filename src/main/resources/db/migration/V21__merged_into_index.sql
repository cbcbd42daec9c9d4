-- Statistics count a duplicate with the case it was merged into, found by this column when that case closes.
CREATE INDEX ix_complaint_merged_into ON complaint (merged_into);
