-- the staff's "waiting on others" list: open cases whose practitioner has been notified and has not answered yet,
-- earliest due first, read from an index rather than a scan of every case under investigation
CREATE INDEX ix_complaint_response_due ON complaint (status, response_received_at, response_due_on);
