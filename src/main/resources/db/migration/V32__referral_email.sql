-- where a complaint referred to another body at triage is emailed (none: the referral letter is posted)
ALTER TABLE decision ADD COLUMN referred_to_email VARCHAR(320);
