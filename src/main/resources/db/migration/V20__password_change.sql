-- A password an administrator issued (new account, reset) is for one sign-in only: its holder chooses their own before
-- doing anything else. Existing accounts keep their passwords.
ALTER TABLE staff_account ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
